import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .banner {
    display: grid;
    gap: 0.5em;
    padding: 0.6em 0.75em;
    font-size: 0.85em;
    border-block-start: 1px solid var(--cs-border, #d9d9e0);
    background: var(--cs-notice-bg, #eef2fd);
  }

  p {
    margin: 0;
  }

  form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.4em;
  }

  label {
    flex-basis: 100%;
  }

  input {
    flex: 1;
    min-inline-size: 10em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--cs-border-strong, #8a8a99);
    border-radius: 0.4em;
    font: inherit;
    color: inherit;
    background: var(--cs-surface, #fff);
  }

  button {
    padding: 0.4em 0.9em;
    border: 0;
    border-radius: 0.4em;
    font: inherit;
    font-weight: 600;
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
    cursor: pointer;
  }

  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--cs-accent, #2f5bea);
    outline-offset: 2px;
  }

  .error {
    color: var(--cs-danger, #b3261e);
  }
`;
