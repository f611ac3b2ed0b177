import { normalizeReply } from './normalize'
import { LABELLED, XML_FIELD } from './tagged-fields'

/**
 * The judge's explanation, kept beside the scores so a reader can see why (METHOD.md 1.2 asks the
 * judge for one). Taken from the original text, not the normalised one, so Chinese punctuation
 * survives: a JSON "explanation" field if there is one, otherwise the prose around the score block.
 */
export function proseExplanation(original: string): string | undefined {
  let prose = original
    .replace(/```[\s\S]*?(?:```|$)/g, '')
    .replace(/^\s*(?:[#>*_\s]*)(?:explanation|analysis|reasoning|解释|分析|理由)\s*[*_]*\s*[:：]\s*[*_]*/i, '')
    .split('\n')
    .filter((line) => !isScoreLine(line))
    .join('\n')
    .trim()
  if (prose.startsWith('{') && prose.endsWith('}')) prose = ''
  return prose === '' ? undefined : prose
}

/** A table row, or a line holding only labelled scores ("**Overall:** 4/5"), is not explanation. */
function isScoreLine(line: string): boolean {
  if (line.trim().startsWith('|')) return true
  const normal = normalizeReply(line)
  // A labelled score ends in a digit: a line without one is left as it is, so skip the costly pattern.
  const labelled = /\d/.test(normal) ? normal.replace(LABELLED, '') : normal
  const rest = labelled.replace(XML_FIELD, '')
  // "]" for the bracketed form "Rating: [[4]]", whose closing brackets the field pattern leaves behind.
  return rest !== normal && /^[\s*_#>\-.:|,;。，\]]*$/.test(rest)
}

const DECLINES =
  /\b(?:I\s+(?:cannot|can't|can\s?not|am\s+unable\s+to|am\s+not\s+able\s+to|won't|will\s+not|refuse)|unable\s+to\s+(?:compare|evaluate|assess|judge|rate|score)|as\s+an\s+AI)\b|无法|不能|抱歉|無法/i

/** A short quote of a refusal ("I cannot compare these"), for the failure reason; else undefined. */
export function declineQuote(text: string): string | undefined {
  const match = DECLINES.exec(text)
  if (match === null) return undefined
  const sentenceStart = Math.max(text.lastIndexOf('.', match.index) + 1, text.lastIndexOf('\n', match.index) + 1, 0)
  const sentence =
    text
      .slice(sentenceStart)
      .trim()
      .split(/(?<=[.!?。！？])\s|\n/)[0] ?? ''
  return sentence.length > 100 ? `${sentence.slice(0, 97)}...` : sentence
}
