import { css } from 'lit';

export default css`
  :host {
    display: block;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
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
