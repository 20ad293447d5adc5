import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.4em;
  }

  .item {
    display: grid;
    gap: 0.25em;
    inline-size: 100%;
    padding: 0.6em 0.75em;
    font: inherit;
    text-align: start;
    color: inherit;
    background: var(--cs-surface, #fff);
    border: 1px solid var(--cs-border, #c9c9d1);
    border-inline-start: 0.35em solid var(--cs-border, #c9c9d1);
    border-radius: 0.5em;
    cursor: pointer;
  }

  .item[data-priority='high'] {
    border-inline-start-color: var(--cs-danger, #b3261e);
  }

  .item[data-priority='medium'] {
    border-inline-start-color: var(--cs-warn, #8a5a00);
  }

  .item[aria-current='true'] {
    outline: 2px solid var(--cs-accent, #2f5bea);
    outline-offset: 1px;
  }

  .item:focus-visible {
    outline: 3px solid var(--cs-accent, #2f5bea);
    outline-offset: 2px;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    font-size: 0.85em;
  }

  .priority {
    font-weight: 700;
  }

  .timer {
    font-variant-numeric: tabular-nums;
  }

  .timer[data-overdue='true'] {
    font-weight: 700;
    color: var(--cs-danger, #b3261e);
  }

  .first-line {
    overflow-wrap: anywhere;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.8em;
    color: var(--cs-muted, #5b5b66);
  }

  .empty {
    margin: 0;
    color: var(--cs-muted, #5b5b66);
  }

  @media (forced-colors: active) {
    .item[aria-current='true'] {
      outline-color: Highlight;
    }
  }
`;
