/**
 * The judge replies of a run that no verdict or score could be read from, for the warnings banner
 * on its results page: how many, out of how many answered judgements, and a few raw replies so a
 * reader sees what the judge actually wrote.
 */
export interface UnreadableJudgements {
  readonly judge: { readonly alias: string; readonly model: string }
  readonly count: number
  /** Judgements the judge answered (readable or not). */
  readonly judged: number
  readonly examples: readonly { readonly reply: string; readonly reason: string }[]
}

/** How many raw replies the banner shows, and how much of each. */
export const UNREADABLE_EXAMPLES = 3
export const EXAMPLE_REPLY_CHARS = 600

export function clipReply(reply: string): string {
  return reply.length <= EXAMPLE_REPLY_CHARS ? reply : `${reply.slice(0, EXAMPLE_REPLY_CHARS)}…`
}
