/** A judge's 1 (conflict / positive) or 0, read from its reply (METHOD.md 2.6). */
export type Verdict = 0 | 1

const VERDICT_TAG = /<verdict>\s*([01])\s*<\/verdict>/gi

/**
 * The verdict in `<verdict>1</verdict>` or `<verdict>0</verdict>`; the last tag wins when a judge
 * restates itself. Undefined when there is no readable tag (then one extraction call is made).
 */
export function parseTaggedVerdict(reply: string): Verdict | undefined {
  const matches = [...reply.matchAll(VERDICT_TAG)]
  const last = matches.at(-1)?.[1]
  return last === undefined ? undefined : last === '1' ? 1 : 0
}

/**
 * The extraction call's answer: a tag, or a lone 1 or 0 (optionally with punctuation or a
 * "verdict:" label). Anything else is unreadable: undefined, recorded as a judge failure.
 */
export function parseExtractedVerdict(reply: string): Verdict | undefined {
  const tagged = parseTaggedVerdict(reply)
  if (tagged !== undefined) return tagged
  const bare = /^\s*(?:verdict\s*[:=]?\s*)?\**([01])\**\s*[.!]?\s*$/i.exec(reply)
  return bare ? (bare[1] === '1' ? 1 : 0) : undefined
}
