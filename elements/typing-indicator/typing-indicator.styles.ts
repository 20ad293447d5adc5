import { css } from 'lit';

export default css`
  .base {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 0.875em;
    color: var(--cs-muted, #5b5b66);
  }

  :host([active]) .base {
    padding: 0.25em 0.75em;
  }

  .dots {
    display: flex;
    gap: 0.2em;
  }

  /* Drawn with a border, not a background: forced colours keep borders in the text colour. */
  .dots span {
    border: 0.2em solid;
    border-radius: 50%;
    animation: cs-typing 0.6s infinite alternate;
  }

  .dots span:nth-child(2) {
    animation-delay: 0.2s;
  }

  .dots span:nth-child(3) {
    animation-delay: 0.4s;
  }

  @keyframes cs-typing {
    to {
      opacity: 0.2;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .dots span {
      animation: none;
    }
  }
`;
