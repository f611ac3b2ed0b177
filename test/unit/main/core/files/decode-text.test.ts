import { describe, expect, it } from 'vitest'
import { decodeUtf8, firstInvalidUtf8Byte } from '../../../../../src/main/core/files/decode-text'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('UTF-8 decoding of prompt files', () => {
  it('decodes valid UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('prompt\ncafé ✓ 😀\n'), 'a.csv')).toBe('prompt\ncafé ✓ 😀\n')
    expect(decodeUtf8(Buffer.from('\uFEFFx'), 'a.csv')).toBe('x')
  })

  it('names the file and the line of the first invalid byte', () => {
    const latin1 = Buffer.concat([Buffer.from('prompt\nfine\n'), bytes(0x63, 0x61, 0x66, 0xe9), Buffer.from('\n')])
    expect(() => decodeUtf8(latin1, 'old.csv')).toThrow(
      '"old.csv", line 3: this line contains bytes that are not UTF-8 text. Save the file as UTF-8 and try again.',
    )
  })

  it('recognises UTF-16 files and says how to fix them', () => {
    expect(() => decodeUtf8(bytes(0xff, 0xfe, 0x70, 0x00), 'excel.csv')).toThrow('"excel.csv" is saved as UTF-16 text')
  })

  it('finds overlong forms, surrogates, truncated sequences and stray continuation bytes', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('ok é ✓ 😀'))).toBe(-1)
    expect(firstInvalidUtf8Byte(bytes(0x41, 0xc0, 0xaf))).toBe(1) // overlong "/"
    expect(firstInvalidUtf8Byte(bytes(0xe0, 0x80, 0xaf))).toBe(0) // overlong 3-byte
    expect(firstInvalidUtf8Byte(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1) // surrogate U+D800
    expect(firstInvalidUtf8Byte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0) // above U+10FFFF
    expect(firstInvalidUtf8Byte(bytes(0x41, 0x42, 0xe2, 0x9c))).toBe(2) // cut short
    expect(firstInvalidUtf8Byte(bytes(0x80))).toBe(0)
  })
})
