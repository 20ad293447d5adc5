import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .composer {
    display: flex;
    align-items: end;
    gap: 0.5em;
    padding: 0.75em;
    border-block-start: 1px solid var(--cs-border, #d9d9e0);
  }

  textarea {
    flex: 1;
    min-block-size: var(--cs-composer-min-block-size, 2.5em);
    max-block-size: 8em;
    field-sizing: content;
    resize: none;
    padding: 0.5em 0.75em;
    border: 1px solid var(--cs-border, #d9d9e0);
    border-radius: 0.5em;
    font: inherit;
    color: inherit;
    background: var(--cs-surface, #fff);
    unicode-bidi: plaintext;
  }

  textarea:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--cs-accent, #2f5bea);
    outline-offset: 2px;
  }

  button {
    display: flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.5em 1em;
    border: 0;
    border-radius: 0.5em;
    font: inherit;
    font-weight: 600;
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
    cursor: pointer;
  }

  .send-icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }

  /* Only directional glyphs mirror: the plane points where the text runs. */
  :host(:dir(rtl)) .send-icon {
    scale: -1 1;
  }

  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
`;
