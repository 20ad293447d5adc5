import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }

  /* The log scrolls, and takes focus so a keyboard can scroll it too. */
  .scroller {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .scroller:focus-visible {
    outline: 2px solid var(--cs-accent, #2f5bea);
    outline-offset: -2px;
  }

  .log {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin: 0;
    padding: 0.75em;
    list-style: none;
  }

  .empty {
    margin: 0;
    padding: 1em 0.75em;
    color: var(--cs-muted, #5b5b66);
    text-align: center;
  }
`;
