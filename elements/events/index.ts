export { CsCloseEvent } from './cs-close.js';
export { CsLeaveContactEvent } from './cs-leave-contact.js';
export { CsOpenEvent } from './cs-open.js';
export { CsRetryEvent } from './cs-retry.js';
export { CsSendEvent } from './cs-send.js';
export { CsSuggestEvent } from './cs-suggest.js';
export { CsTypingEvent } from './cs-typing.js';
