/** Every storage key of the conversation room and the inbox is built here. Values stay far below 128 KiB. */

/** `000000000000042`: sortable, so `list({ prefix })` returns entries in order. */
const index15 = (index: number): string => String(index).padStart(15, '0');

/** The highest sequence number handed out so far. */
export const SEQ_KEY = 'seq';

/** One key per message, sortable by sequence: `msg:000000000000042`. */
export const MESSAGE_PREFIX = 'msg:';
export const messageKey = (seq: number): string => `${MESSAGE_PREFIX}${index15(seq)}`;

/** Client message id → its sequence number: makes a resend after a reconnect idempotent. */
export const dedupeKey = (messageId: string): string => `dedupe:${messageId}`;

/** The site this conversation belongs to, written with the first message. */
export const SITE_KEY = 'site';

/** Where the conversation stands: phase, the person holding it, the bot's memory, the handoff summary. */
export const CONVERSATION_KEY = 'conversation';

/** The shopper's e-mail address, when they left one. */
export const CONTACT_KEY = 'contact';

/** How far each side has read: `{visitor, agent}`, sequence numbers. */
export const READ_KEY = 'read';

/** Internal notes, one key each in writing order (`note:000000000000007`), apart from the message sequence. */
export const NOTE_PREFIX = 'note:';
export const noteKey = (index: number): string => `${NOTE_PREFIX}${index15(index)}`;
/** How many notes there are (the index of the last). */
export const NOTE_COUNT_KEY = 'notes';
/** Note id → its index: a repeated note stores nothing. */
export const noteDedupeKey = (noteId: string): string => `note-dedupe:${noteId}`;

/** Inbox: one key per open conversation (queued or held by a person), `queue:<conversation id>`. */
export const QUEUE_PREFIX = 'queue:';
export const queueKey = (conversationId: string): string => `${QUEUE_PREFIX}${conversationId}`;

/** Inbox: the recent first-response samples (at most `MAX_SAMPLES`, a few KB). */
export const SAMPLES_KEY = 'samples';

/** Inbox: one key per recently resolved conversation (the last `MAX_RESOLVED_LISTED`), `resolved:<conversation id>`. */
export const RESOLVED_PREFIX = 'resolved:';
export const resolvedKey = (conversationId: string): string => `${RESOLVED_PREFIX}${conversationId}`;

/** Inbox: one day's numbers (`metrics:2026-11-22`, the site's calendar day): first responses, resolved per category. */
export const metricsKey = (day: string): string => `metrics:${day}`;

/** Conversation room: the verified shopper it belongs to (`VerifiedShopper`), once identified. */
export const SHOPPER_KEY = 'shopper';

/** Identities: a verified shopper's conversation on the site, `shopper:<sub>` → conversation id. */
export const shopperKey = (shopperId: string): string => `shopper:${shopperId}`;
/** Identities: whose a conversation is, `owner:<conversation id>` → the shopper's sub. */
export const ownerKey = (conversationId: string): string => `owner:${conversationId}`;
