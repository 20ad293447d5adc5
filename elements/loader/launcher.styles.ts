/**
 * The real launcher's look and place: the rules of elements/widget/widget.styles.ts that draw it, so that
 * swapping it for <cs-widget> moves no pixel (tests/e2e/loader.test.ts compares both). Left out as
 * changing nothing here: box sizing (no size is set), the host's text colour (the button sets its own),
 * and the `.base` column (the host holds only the button, so it is as wide as the button either way).
 * Left out for the budget: the focus ring's colours and the pointer cursor. Focusing or hovering this
 * launcher swaps in the real one, which has both (and takes the focus); until then the browser's own ring
 * shows, which is visible on light and dark pages.
 * !important as there: the page's rules on the host element beat :host, and a reset like
 * `* { all: unset }` would unplace it. The font shorthand sets what the widget's longhands set (and
 * resets the rest, which all: initial has reset already).
 * The tag below is only a name for the build's CSS minifier (vite.config.ts): the loader has no Lit.
 */
const css = String.raw;

export default css`
  :host {
    all: initial;
    position: fixed !important; /* and so display: block */
    inset-block-end: var(--cs-offset-block, 20px) !important;
    inset-inline-end: var(--cs-offset-inline, 20px) !important;
    z-index: var(--cs-z-index, 2147483000) !important;
    font: var(--cs-font-size, 16px) / 1.4 var(--cs-font-family, system-ui, sans-serif) !important;
  }

  :host([placement=start]) {
    inset-inline-end: auto !important;
    inset-inline-start: var(--cs-offset-inline, 20px) !important;
  }

  button {
    font: inherit;
    display: flex;
    align-items: center;
    gap: .5em;
    padding: .8em 1.1em;
    border: 1px solid transparent;
    border-radius: 2em;
    font-weight: 600;
    color: var(--cs-on-accent, #fff);
    background: var(--cs-accent, #2f5bea);
    box-shadow: 0 .25em 1em rgb(0 0 0 / .25);
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
