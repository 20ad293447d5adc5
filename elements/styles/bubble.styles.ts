import { css } from 'lit';

/** A chat bubble at the inline start, with its text taking each paragraph's own direction: people's and the bot's messages. */
export default css`
  :host {
    display: flex;
    flex-direction: column;
    align-items: start;
  }

  .bubble {
    max-inline-size: 85%;
    padding: 0.5em 0.75em;
    border: 1px solid transparent; /* drawn in forced colours, where backgrounds are not */
    border-radius: 0.9em;
    border-end-start-radius: 0.25em;
    color: var(--cs-text, #1b1b1f);
    background: var(--cs-bubble-other, #f0f0f4);
  }

  .body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    /* Each paragraph takes its direction from its own first strong character. */
    unicode-bidi: plaintext;
    /* Japanese and Chinese: no small kana or prolonged-sound mark at the start of a line. */
    line-break: strict;
  }
`;
