import { css } from 'lit';

/** The dark scheme: defaults only, so a page's own --cs-* values on cs-widget still win. */
const dark = css`
  color-scheme: dark;
  --cs-surface: #1d1d22;
  --cs-text: #ececf1;
  --cs-muted: #a9a9b6;
  --cs-border: #41414c;
  --cs-border-strong: #7a7a88;
  --cs-accent-text: #a9bcff;
  --cs-danger: #ff8d85;
  --cs-focus: #ececf1;
  --cs-notice-bg: #232a40;
  --cs-bubble-other: #2c2c33;
  --cs-bubble-bot: #2b2740;
  --cs-bot: #6b5bb8;
`;

export default css`
  /*
   * A page's rules on cs-widget beat :host, but !important here beats the page's (tests/hostile/reset.html:
   * * { all: unset }): where it sits and its type are set with --cs-* properties, never page rules on the
   * element. Not display, so a page can still hide it; position: fixed makes it a block anyway.
   */
  :host {
    all: initial; /* sheds the page's inherited typography; keeps direction and custom properties */
    display: block;
    position: fixed !important;
    inset-block-end: var(--cs-offset-block, 20px) !important;
    inset-inline-end: var(--cs-offset-inline, 20px) !important;
    z-index: var(--cs-z-index, 2147483000) !important;
    font-family: var(--cs-font-family, system-ui, sans-serif) !important;
    font-size: var(--cs-font-size, 16px) !important;
    line-height: 1.4 !important;
    color: var(--cs-text, #1b1b1f) !important;
  }

  /* The dark scheme, followed unless theme="light", or forced by theme="dark". */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  :host([placement='start']) {
    inset-inline-end: auto !important;
    inset-inline-start: var(--cs-offset-inline, 20px) !important;
  }

  .base {
    display: flex;
    flex-direction: column;
    align-items: end;
    gap: 0.75em;
  }

  :host([placement='start']) .base {
    align-items: start;
  }

  /* --cs-viewport-*: the visual viewport (widget.ts), which leaves out an on-screen keyboard. */
  .panel {
    display: flex;
    flex-direction: column;
    inline-size: 24em;
    max-inline-size: calc(100vw - 2 * var(--cs-offset-inline, 20px));
    block-size: min(36em, calc(var(--cs-viewport-block-size, 100vh) - 7em));
    overflow: hidden;
    border: 1px solid transparent; /* drawn in forced colours, where the shadow is not */
    border-radius: var(--cs-radius, 12px);
    background: var(--cs-surface, #fff);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.2);
  }

  /* Keeps Tab inside the panel where it covers the page (small screens); see widget.ts. */
  .focus-wrap {
    display: none;
  }

  /* Small screens (and 200% zoom on them): the panel is the whole visual viewport, above the keyboard. */
  @media (max-width: 30em), (max-height: 30em) {
    .panel {
      position: fixed;
      inset-inline: 0;
      inset-block-start: var(--cs-viewport-top, 0);
      inline-size: auto;
      max-inline-size: none;
      block-size: var(--cs-viewport-block-size, 100%);
      border-radius: 0;
    }

    .focus-wrap {
      display: block;
    }

    :host([open]) .launcher {
      display: none;
    }
  }

  .header {
    display: flex;
    align-items: start;
    gap: 0.5em;
    padding: 0.75em 1em;
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
  }

  .heading {
    flex: 1;
  }

  .title {
    margin: 0;
    font-size: 1.1em;
  }

  .status {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0.15em 0 0;
    font-size: 0.8em;
  }

  .status:empty {
    display: none;
  }

  .status::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: #ffc64d;
  }

  .status[data-tone='good']::before {
    background: #5fe39a;
  }

  cs-message-list {
    flex: 1;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 2px solid var(--cs-focus, #1b1b1f);
    outline-offset: 2px;
  }

  .close {
    padding: 0.25em;
    border: 0;
    border-radius: 0.25em;
    line-height: 0;
    color: inherit;
    background: none;
  }

  .handoff {
    display: flex;
    justify-content: center;
    padding: 0.4em 0.75em;
    border-block-start: 1px solid var(--cs-border, #d9d9e0);
  }

  .person {
    padding: 0.35em 0.9em;
    border: 1px solid var(--cs-accent, #2f5bea);
    border-radius: 1em;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--cs-accent-text, #2449c7);
    background: var(--cs-surface, #fff);
  }

  .person:disabled {
    cursor: progress;
    opacity: 0.8;
  }

  .error {
    margin: 0;
    padding: 0.4em 0.75em;
    font-size: 0.85em;
    color: var(--cs-danger, #b3261e);
  }

  .launcher {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.8em 1.1em;
    border: 1px solid transparent;
    border-radius: 2em;
    font-weight: 600;
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }

  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
