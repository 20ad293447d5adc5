export { CsCloseEvent } from './cs-close.js';
export { CsOpenEvent } from './cs-open.js';
export { CsRetryEvent } from './cs-retry.js';
export { CsSendEvent } from './cs-send.js';
