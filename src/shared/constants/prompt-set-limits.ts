/*
 * Constants only, with no schema library: the window imports them on its first page, which must
 * stay small (issue 17 item 6); the contract's schemas re-export them.
 */

/** Limits of one prompt set; shared so the window can say them before a file is sent. */
export const PROMPT_SET_LIMITS = {
  /** Largest file accepted, in bytes of UTF-8 (a browser upload, a desktop file or a download). */
  maxFileBytes: 64 * 1024 * 1024,
  maxItems: 200_000,
  maxPromptChars: 100_000,
  maxIdChars: 200,
} as const

/** Room for JSON escaping around a file of the largest size (quotes, backslashes, newlines). */
export const FILE_ROUTE_MAX_BYTES = PROMPT_SET_LIMITS.maxFileBytes + 16 * 1024 * 1024

export const PROMPT_SET_DOMAINS = ['general', 'math', 'instruction', 'other'] as const
export type PromptSetDomain = (typeof PROMPT_SET_DOMAINS)[number]
