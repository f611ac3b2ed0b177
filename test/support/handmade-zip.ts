import { constants, deflateRawSync } from 'node:zlib'

/**
 * Zip files written byte by byte, so a test can make an entry's headers say anything: the local
 * header and the central directory each carry their own sizes, and a reader must trust neither.
 */
export interface HandmadeEntry {
  readonly name: string
  /** Deflated bytes (method 8) as they go into the zip. */
  readonly deflated: Uint8Array
  /** What the central directory says the entry unpacks to. */
  readonly declaredSize: number
  /** What the local header says; the central directory's value unless given. */
  readonly localDeclaredSize?: number
}

/** A deflated entry for a text: honest sizes. */
export function textEntry(name: string, text: string): HandmadeEntry {
  const bytes = Buffer.from(text, 'utf8')
  return { name, deflated: deflateRawSync(bytes), declaredSize: bytes.length }
}

/**
 * Deflated zeros, `megabytes` MB once inflated, made without ever holding them: one MB of zeros
 * deflated with a full flush is a byte-aligned block sequence that stands alone, so it can be
 * repeated; a final empty fixed-Huffman block (bits 1, 01, then end-of-block) closes the stream.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const oneMegabyte = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 })
  return Buffer.concat([...Array.from({ length: megabytes }, () => oneMegabyte), Buffer.from([0x03, 0x00])])
}

export function buildZip(entries: readonly HandmadeEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // flags: UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    // 14: CRC-32 left 0; the readers under test do not rely on it.
    local.writeUInt32LE(entry.deflated.length, 18)
    local.writeUInt32LE(entry.localDeclaredSize ?? entry.declaredSize, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(entry.deflated.length, 20)
    central.writeUInt32LE(entry.declaredSize, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, Buffer.from(entry.deflated))
    centrals.push(central, name)
    offset += local.length + name.length + entry.deflated.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
