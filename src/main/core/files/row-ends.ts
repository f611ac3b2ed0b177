/**
 * papaparse guesses one line ending for a whole file from its first line, so a file that mixes
 * CRLF with a bare CR (pieces pasted together from different systems) had rows merged into one.
 * This turns every row ending (CRLF, CR or LF outside quotes) into LF before parsing. Line breaks
 * inside a quoted cell are part of the prompt and kept byte for byte, so prompts and content
 * hashes of well-formed files do not change.
 */
export function normalizeRowEnds(text: string, delimiter: string): string {
  if (!text.includes('\r')) return text
  const parts: string[] = []
  let copiedTo = 0
  let inQuotes = false
  let fieldStart = true
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inQuotes) {
      if (char !== '"') continue
      if (text[i + 1] === '"') i++
      else inQuotes = false
      continue
    }
    if (char === '"' && fieldStart) {
      inQuotes = true
      fieldStart = false
      continue
    }
    if (char === '\r') {
      parts.push(text.slice(copiedTo, i), '\n')
      if (text[i + 1] === '\n') i++
      copiedTo = i + 1
    }
    fieldStart = char === '\r' || char === '\n' || char === delimiter
  }
  parts.push(text.slice(copiedTo))
  return parts.join('')
}
