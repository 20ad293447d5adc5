import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--cs-font-family, system-ui, sans-serif);
    font-size: var(--cs-font-size, 16px);
    color: var(--cs-text, #1b1b1f);
    background: var(--cs-background, #f4f4f7);
    min-block-size: 100%;
  }

  .base {
    display: grid;
    gap: 0.75em;
    padding: 0.75em;
  }

  h1 {
    margin: 0;
    font-size: 1.25em;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
  }

  .who,
  .connection,
  .muted,
  .shortcuts {
    margin: 0;
    color: var(--cs-muted, #5b5b66);
  }

  .shortcuts {
    font-size: 0.85em;
  }

  .sign-in {
    max-inline-size: 36em;
    margin-inline: auto;
    display: grid;
    gap: 0.75em;
  }

  .sign-in form {
    display: grid;
    gap: 0.5em;
  }

  .sign-in label {
    font-size: 1em;
    font-weight: 600;
  }

  .problem {
    margin: 0;
    padding: 0.4em 0.6em;
    border-inline-start: 0.3em solid var(--cs-danger, #b3261e);
    background: var(--cs-surface, #fff);
  }

  .metrics dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }

  .metrics dl > div {
    flex: 1 1 12em;
    padding: 0.5em 0.75em;
    border-radius: 0.5em;
    background: var(--cs-surface, #fff);
  }

  .metrics dt {
    font-size: 0.8em;
    color: var(--cs-muted, #5b5b66);
  }

  .metrics dd {
    margin: 0;
    font-weight: 600;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(16em, 24em) minmax(0, 1fr);
    gap: 0.75em;
    align-items: start;
  }

  .metrics {
    grid-column: 1 / -1;
  }

  @media (max-width: 48em) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .queue,
  .main {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: 0.5em;
    background: var(--cs-surface, #fff);
    min-inline-size: 0;
  }

  .views,
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .views button[aria-current='true'],
  .tab[aria-current='true'] {
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
    border-color: var(--cs-accent, #2f5bea);
  }

  .tabs li {
    display: flex;
  }

  .tab {
    max-inline-size: 16em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  .close {
    border-inline-start: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  .count {
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    .views button[aria-current='true'],
    .tab[aria-current='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
