/** Every storage key of the conversation room is built here. Values stay far below 128 KiB. */

/** The highest sequence number handed out so far. */
export const SEQ_KEY = 'seq';

/** One key per message, sortable by sequence: `msg:000000000000042`. */
export const MESSAGE_PREFIX = 'msg:';
export const messageKey = (seq: number): string => `${MESSAGE_PREFIX}${String(seq).padStart(15, '0')}`;

/** Client message id → its sequence number: makes a resend after a reconnect idempotent. */
export const dedupeKey = (messageId: string): string => `dedupe:${messageId}`;

/** The site this conversation belongs to, written with the first message. */
export const SITE_KEY = 'site';

/** Where the conversation stands: phase, the person holding it, the bot's memory, the handoff summary. */
export const CONVERSATION_KEY = 'conversation';

/** The shopper's e-mail address, when they left one. */
export const CONTACT_KEY = 'contact';

/** Inbox: one key per open conversation (queued or held by a person), `queue:<conversation id>`. */
export const QUEUE_PREFIX = 'queue:';
export const queueKey = (conversationId: string): string => `${QUEUE_PREFIX}${conversationId}`;

/** Inbox: the recent first-response samples (at most `MAX_SAMPLES`, a few KB). */
export const SAMPLES_KEY = 'samples';
