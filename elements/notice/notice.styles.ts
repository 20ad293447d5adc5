import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .notice {
    margin: 0;
    padding: 0.6em 0.75em;
    border-radius: 0.5em;
    font-size: 0.9em;
    color: var(--cs-text, #1b1b1f);
    background: var(--cs-notice-bg, #eef2fd);
    border-inline-start: 3px solid var(--cs-accent, #2f5bea);
  }

  .notice p {
    margin: 0;
  }

  .notice p + p {
    margin-block-start: 0.25em;
  }
`;
