/**
 * Entry of the page script: defines <cs-widget> and the elements it renders. Merchants add
 * `<cs-widget server="…" site-key="…"></cs-widget>` and this script; nothing else on the page changes.
 */
export { CsWidget } from './widget/widget.js';
