import { createHash } from 'node:crypto'
import { Inflate } from 'fflate'
import { AppError } from '../../../shared/contract/errors'
import type { ZipEntry } from './zip-directory'

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1032 to 1, so
 * one push yields at most about 16 MB however the entry was built.
 */
const INPUT_CHUNK = 16 * 1024

export interface InflatedText {
  readonly text: string
  /** Of the inflated bytes, to compare with the manifest's checksum. */
  readonly sha256: string
}

/**
 * Inflates one entry as a stream, counting the bytes actually produced: the header's size is the
 * most the entry may hold, so an entry that lies (a zip bomb) is stopped as soon as it produces
 * one byte more, and never occupies more memory than it claimed. Text is decoded chunk by chunk
 * so the inflated bytes are not all held at once.
 */
export function inflateEntryText(zip: Uint8Array, entry: ZipEntry, fileName: string): InflatedText {
  const compressed = zip.subarray(entry.dataStart, entry.dataEnd)
  const decoder = new TextDecoder('utf-8')
  const hash = createHash('sha256')
  if (entry.method === 0) {
    if (compressed.length !== entry.declaredSize) throw sizeMismatch(entry, fileName)
    return { text: decoder.decode(compressed), sha256: hash.update(compressed).digest('hex') }
  }
  if (entry.method !== 8)
    throw new AppError('invalid_input', `${fileName}: ${entry.name} is compressed in a way Distillscope does not write (method ${entry.method}).`)
  const pieces: string[] = []
  let produced = 0
  const inflater = new Inflate((chunk) => {
    produced += chunk.length
    if (produced > entry.declaredSize) throw tooLarge(entry, fileName)
    hash.update(chunk)
    pieces.push(decoder.decode(chunk, { stream: true }))
  })
  try {
    for (let at = 0; at < compressed.length; at += INPUT_CHUNK) {
      const end = Math.min(at + INPUT_CHUNK, compressed.length)
      inflater.push(compressed.subarray(at, end), end === compressed.length)
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('invalid_input', `${fileName}: ${entry.name} is damaged and cannot be unpacked.`)
  }
  if (produced !== entry.declaredSize) throw sizeMismatch(entry, fileName)
  pieces.push(decoder.decode())
  return { text: pieces.join(''), sha256: hash.digest('hex') }
}

function tooLarge(entry: ZipEntry, fileName: string): AppError {
  return new AppError(
    'invalid_input',
    `${fileName}: ${entry.name} holds more than its zip header says (${entry.declaredSize.toLocaleString('en-US')} bytes); the file is damaged or was built to exhaust memory. Nothing was imported.`,
  )
}

function sizeMismatch(entry: ZipEntry, fileName: string): AppError {
  return new AppError(
    'invalid_input',
    `${fileName}: ${entry.name} does not hold the ${entry.declaredSize.toLocaleString('en-US')} bytes its zip header says; the file is damaged. Nothing was imported.`,
  )
}
