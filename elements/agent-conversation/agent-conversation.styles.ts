import { css } from 'lit';

export default css`
  :host {
    display: block;
    min-block-size: 0;
  }

  .conversation {
    display: grid;
    gap: 0.75em;
  }

  .header {
    display: grid;
    gap: 0.4em;
  }

  .title {
    margin: 0;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }

  .phase,
  .muted {
    margin: 0;
    color: var(--cs-muted, #5b5b66);
  }

  .actions,
  .transfer,
  .canned,
  .compose-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }

  .mode label {
    flex-direction: row;
    align-items: center;
    gap: 0.3em;
  }

  .refusal {
    margin: 0;
    padding: 0.4em 0.6em;
    border-inline-start: 0.3em solid var(--cs-danger, #b3261e);
    background: color-mix(in srgb, var(--cs-danger, #b3261e) 8%, transparent);
  }

  .summary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.75em;
    margin: 0;
    font-size: 0.9em;
  }

  .summary dt {
    font-weight: 600;
  }

  .summary dd {
    margin: 0;
  }

  h3 {
    margin: 0 0 0.3em;
    font-size: 0.95em;
  }

  .transcript {
    max-block-size: 50vh;
    overflow-y: auto;
    border: 1px solid var(--cs-border, #c9c9d1);
    border-radius: 0.5em;
    padding: 0.5em;
  }

  .notes ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.4em;
  }

  .note {
    display: grid;
    gap: 0.1em;
    padding: 0.4em 0.6em;
    border-inline-start: 0.3em solid var(--cs-note, #8a5a00);
    background: var(--cs-note-surface, #fff6e0);
    color: #1b1b1f;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .note-meta {
    font-size: 0.8em;
    font-weight: 600;
  }

  .mode {
    display: flex;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* A note is visibly not a reply: the team must never mistake one for the other. */
  .compose[data-mode='note'] cs-composer {
    outline: 2px dashed var(--cs-note, #8a5a00);
    outline-offset: 2px;
  }

  .compose {
    display: grid;
    gap: 0.5em;
  }

  @media (forced-colors: active) {
    .note {
      border-inline-start-color: CanvasText;
    }
  }
`;
