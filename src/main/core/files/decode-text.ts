import { isUtf8 } from 'node:buffer'
import { AppError } from '../../../shared/contract/errors'

/**
 * Bytes of a file (read from disk or downloaded) to text. Only UTF-8 is accepted: other encodings
 * would silently change prompts, so the message says which line is wrong and how to fix it.
 */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('invalid_input', `"${fileName}" is saved as UTF-16 text. Save it as UTF-8 (in Excel: "CSV UTF-8") and try again.`)
  }
  if (!isUtf8(bytes)) {
    const line = lineOfByte(bytes, firstInvalidUtf8Byte(bytes))
    throw new AppError(
      'invalid_input',
      `"${fileName}", line ${line}: this line contains bytes that are not UTF-8 text. Save the file as UTF-8 and try again.`,
      [{ path: '', message: `Line ${line}: not UTF-8 text.` }],
    )
  }
  return new TextDecoder('utf-8').decode(bytes)
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Length of the sequence a lead byte starts and the allowed range of its second byte; 0 = invalid lead. */
function sequenceOf(lead: number): readonly [length: number, low: number, high: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf]
  // E0 and F0 exclude overlong forms, ED excludes surrogates, F4 caps at U+10FFFF.
  if (lead >= 0xe0 && lead <= 0xef) return [3, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf]
  if (lead >= 0xf0 && lead <= 0xf4) return [4, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf]
  return [0, 0, 0]
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when all of it is valid. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    const [length, low, high] = sequenceOf(lead)
    if (length === 0) return i
    const second = bytes[i + 1]
    if (second === undefined || second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || next < 0x80 || next > 0xbf) return i
    }
    i += length
  }
  return -1
}
