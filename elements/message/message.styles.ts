import { css } from 'lit';

/** On top of bubble.styles.ts: own messages, the failed state, the name and the meta line. */
export default css`
  /* Own messages hug the inline end: the right in LTR, the left in RTL. */
  :host([self]) {
    align-items: end;
  }

  :host([self]) .bubble {
    border-end-start-radius: 0.9em;
    border-end-end-radius: 0.25em;
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
  }

  :host([state='failed']) .bubble {
    outline: 2px solid var(--cs-danger, #b3261e);
  }

  .name {
    margin: 0 0 0.15em;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--cs-muted, #5b5b66);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    margin: 0.25em 0 0;
    font-size: 0.75em;
    color: var(--cs-muted, #5b5b66);
  }

  .failure {
    color: var(--cs-danger, #b3261e);
  }

  button {
    padding: 0;
    border: 0;
    font: inherit;
    font-weight: 600;
    color: var(--cs-accent-text, #2449c7);
    background: none;
    text-decoration: underline;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 2px solid var(--cs-accent, #2f5bea);
    outline-offset: 2px;
  }
`;
