/**
 * Every limit of the wire protocol, in one place. The server enforces them; the widget uses the same
 * constants to stop bad input before it is sent.
 */

/** Longest message body, in UTF-16 code units (what `String.prototype.length` counts). */
export const MAX_BODY_LENGTH = 4000;

/**
 * Largest WebSocket frame the room reads, in UTF-8 bytes. Big enough for the longest body even when
 * every character needs JSON escaping (`\u0000` is 6 bytes), small enough to drop abuse early.
 */
export const MAX_FRAME_BYTES = 32 * 1024;

/** Client-generated message ids: 8 to 64 characters of `A-Z a-z 0-9 _ -` (a UUID fits). */
export const MIN_MESSAGE_ID_LENGTH = 8;
export const MAX_MESSAGE_ID_LENGTH = 64;

/** Messages per `history/synced` page; a client asks for the next page while `hasMore` is true. */
export const HISTORY_PAGE_SIZE = 100;

/** Longest e-mail address a shopper can leave (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;

/** Answers the bot could not give before a person takes over (counting clarifying questions). */
export const MAX_BOT_FAILURES = 2;

/** Knowledge-base questions the bot offers when it is not sure what the shopper meant ("returns or warranty?"). */
export const MAX_CLARIFY_SUGGESTIONS = 2;

/** How long the room waits for the merchant's order-lookup endpoint, per attempt. */
export const ORDER_LOOKUP_TIMEOUT_MS = 3000;

/** Attempts at the order-lookup endpoint: the first and one retry. */
export const ORDER_LOOKUP_ATTEMPTS = 2;

/** The handoff summary's first line of the shopper's message, in UTF-16 code units. */
export const MAX_SUMMARY_LINE_LENGTH = 140;

/**
 * The bot's knowledge base (`knowledgeBase` in `server/sites.json`). The file is read once at start, but
 * every entry is indexed in memory and every question is compared with each shopper message, so the sizes
 * are bounded. An answer is sent as one bot message: it must fit in `MAX_BODY_LENGTH`, and stays well
 * below it so it reads as a chat message, not a page.
 */
export const MAX_KNOWLEDGE_ENTRIES = 200;
/** Question variants per language of one entry. */
export const MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE = 50;
/** Longest question variant, in UTF-16 code units. */
export const MAX_KNOWLEDGE_QUESTION_LENGTH = 300;
/** Longest answer, in UTF-16 code units. */
export const MAX_KNOWLEDGE_ANSWER_LENGTH = 2000;

/** A client says it is typing at most this often while it goes on (`typing/set`). */
export const TYPING_REFRESH_MS = 3000;
/** A `typing/updated` not refreshed within this long is over (the typist left, or their socket dropped). */
export const TYPING_TIMEOUT_MS = 8000;

/** Internal notes kept per conversation; a note beyond it is refused with `too-many-notes`. */
export const MAX_NOTES_PER_CONVERSATION = 500;

/** Canned replies per site, parts per reply (a de-escalation reply has three). Each part fits a message. */
export const MAX_CANNED_REPLIES = 100;
export const MAX_CANNED_REPLY_PARTS = 5;
export const MAX_CANNED_REPLY_TITLE_LENGTH = 80;

/** Resolved conversations the inbox lists for the "Resolved" view (the most recent; older ones drop off). */
export const MAX_RESOLVED_LISTED = 100;

/**
 * First-response times the inbox keeps per day for the day's percentiles (a few tens of KB in one storage
 * value); past it, a uniform sample of the day's answers is kept (reservoir sampling) and the count goes on.
 */
export const MAX_FIRST_RESPONSES_PER_DAY = 10_000;
