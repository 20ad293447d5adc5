import { css } from 'lit';

/** Buttons, selects and text fields of the agent console, with a visible focus ring. */
export default css`
  button,
  select,
  textarea {
    font: inherit;
    padding: 0.35em 0.75em;
    border: 1px solid var(--cs-border, #8a8a94);
    border-radius: 0.4em;
    color: inherit;
    background: var(--cs-surface, #fff);
  }

  button {
    cursor: pointer;
  }

  button.primary {
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
    border-color: var(--cs-accent, #2f5bea);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--cs-accent, #2f5bea);
    outline-offset: 2px;
  }

  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.85em;
  }
`;
