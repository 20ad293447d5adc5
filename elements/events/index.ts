export { CsLeaveContactEvent } from './cs-leave-contact.js';
export { CsRetryEvent } from './cs-retry.js';
export { CsSendEvent } from './cs-send.js';
export { CsSuggestEvent } from './cs-suggest.js';
export { CsTypingEvent } from './cs-typing.js';
export {
  CsWidgetEvent,
  type CsCloseEvent,
  type CsErrorEvent,
  type CsMessageDetail,
  type CsMessageEvent,
  type CsOpenEvent,
  type CsReadyEvent,
  type CsUnreadChangeEvent,
  type CsWidgetEventDetails,
  type CsWidgetEventName,
} from './cs-widget-event.js';
