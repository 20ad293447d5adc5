import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    align-items: start;
  }

  /* Own messages hug the inline end: the right in LTR, the left in RTL. */
  :host([self]) {
    align-items: end;
  }

  .bubble {
    max-inline-size: 85%;
    padding: 0.5em 0.75em;
    border-radius: 0.9em;
    border-end-start-radius: 0.25em;
    color: var(--cs-text, #1b1b1f);
    background: var(--cs-bubble-other, #f0f0f4);
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

  .body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    /* Each paragraph takes its direction from its own first strong character. */
    unicode-bidi: plaintext;
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
