/**
 * `cs-widget/core`: the framework-free core, for developers who build their own interface, a bot, an
 * integration or server-side tooling on the same protocol. Importing it defines no element and touches
 * no global; it runs in browsers, Node and workers alike (no DOM, no storage, no network).
 */

// The wire protocol: its types, the parsers that check what comes off the network (never cast it), the
// limits and the error codes, which the client words in the reader's language.
export {
  CONVERSATIONS_PATH,
  PROTOCOL_VERSION,
  encode,
  isMessageId,
  isSiteKey,
  parseClientMessage,
  parseConversationGrant,
  parseServerMessage,
  type BotMessage,
  type ChatMessage,
  type ClientMessage,
  type ConversationGrant,
  type Notice,
  type NoticeMessage,
  type ParseResult,
  type Role,
  type ServerMessage,
  type TextMessage,
} from './protocol/messages.js';
export { ERROR_CODES, isErrorCode, type ConnectRefusal, type ErrorCode } from './protocol/errors.js';
export * from './protocol/limits.js';
export {
  CATEGORIES,
  HANDOFF_REASONS,
  ORDER_STATUSES,
  PHASES,
  SENTIMENTS,
  isCategory,
  isHandoffReason,
  isPhase,
  isSentiment,
  parseBotReply,
  parseOrderCard,
  type BotReply,
  type Category,
  type HandoffReason,
  type OrderCard,
  type OrderStatus,
  type Phase,
  type Sentiment,
} from './protocol/handoff.js';
export { PRIORITIES, isPriority, parseAvailability, parseWaitEstimate, type Availability, type Priority, type WaitEstimate } from './protocol/wait.js';
export { IDENTIFY_PATH, IDENTITY_TOKEN_ALGORITHM, MAX_IDENTITY_TOKEN_LIFETIME_S, type IdentifyAnswer, type VerifiedShopper } from './protocol/identity.js';
export { isCount, isLanguageTag, isRecord, isText, isTime, oneOf, parseJsonRecord } from './protocol/guards.js';

// Languages: which of the widget's locales to speak, its direction, and dates, times and durations in it.
export { negotiateLocale } from './i18n/negotiate.js';
export { directionOf, isolate, type Direction } from './i18n/direction.js';
export {
  formatCalendarDate,
  formatClock,
  formatCount,
  formatDuration,
  formatLanguage,
  formatMinutes,
  formatMinutesRange,
  formatRelative,
  formatTime,
} from './i18n/format.js';

// Pure logic the room and the widget share.
export { explainTriage, triage, type Triage } from './logic/triage.js';
export {
  EMPTY_TIMELINE,
  addPending,
  applyServerMessage,
  retryPending,
  toItems,
  toResumePoint,
  toUnsent,
  type DeliveryState,
  type PendingMessage,
  type Timeline,
  type TimelineItem,
} from './logic/timeline.js';
export { isOpen, nextClosing, nextOpening } from './logic/business-hours.js';
export type { BusinessHours, KnowledgeEntry, Shift, SiteConfig, Weekday } from './config/site-config.js';
