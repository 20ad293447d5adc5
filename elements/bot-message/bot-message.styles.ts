import { css } from 'lit';

/** On top of bubble.styles.ts: the bot's look, the badge, suggestions and the order card. */
export default css`
  .bubble {
    background: var(--cs-bubble-bot, #f4f1fb);
    border: 1px dashed var(--cs-bot-border, #8a7cc2);
  }

  .author {
    margin: 0 0 0.25em;
  }

  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 0.3em;
    font-size: 0.7em;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--cs-on-bot, #fff);
    background: var(--cs-bot, #5a4a9c);
  }

  .suggestions {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }

  .suggestions button {
    inline-size: 100%;
    padding: 0.35em 0.6em;
    border: 1px solid var(--cs-accent, #2f5bea);
    border-radius: 0.5em;
    font: inherit;
    text-align: start;
    color: var(--cs-accent-text, #2449c7);
    background: var(--cs-surface, #fff);
    cursor: pointer;
  }

  .suggestions button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--cs-accent, #2f5bea);
    outline-offset: 2px;
  }

  .order-title {
    margin: 0 0 0.35em;
    font-size: 1em;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 0.75em;
    margin: 0;
  }

  dt {
    color: var(--cs-muted, #5b5b66);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  a {
    color: var(--cs-accent-text, #2449c7);
  }

  .items {
    margin: 0.35em 0 0;
    padding-inline-start: 1.2em;
  }

  .meta {
    margin: 0.25em 0 0;
    font-size: 0.75em;
    color: var(--cs-muted, #5b5b66);
  }
`;
