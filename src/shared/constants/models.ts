/** Constants only, with no schema library, so the window's first page can use them (issue 17 item 6). */

/** METHOD.md 1.1: the paper's code used temperature 0 and this system prompt for every call. */
export const DEFAULT_SYSTEM_PROMPT = 'You are a helpful assistant.'
