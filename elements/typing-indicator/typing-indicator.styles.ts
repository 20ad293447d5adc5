import { css } from 'lit';

// The dots are drawn with a border, not a background: forced colours keep borders in the text colour.
export default css`
  p {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 0.875em;
    color: var(--cs-muted, #5b5b66);
  }

  :host([active]) p {
    padding: 0.25em 0.75em;
  }

  [part='dots'] {
    display: flex;
    gap: 0.2em;
  }

  span span {
    border: 0.2em solid;
    border-radius: 50%;
    animation: cs-typing 0.6s infinite alternate;
  }

  span span:nth-child(2) {
    animation-delay: 0.2s;
  }

  span span:nth-child(3) {
    animation-delay: 0.4s;
  }

  @keyframes cs-typing {
    to {
      opacity: 0.2;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    span span {
      animation: none;
    }
  }
`;
