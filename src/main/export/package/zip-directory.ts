import { AppError } from '../../../shared/contract/errors'

/** One file in a zip, as its central directory describes it. The sizes are claims, not facts. */
export interface ZipEntry {
  readonly name: string
  /** 0 stored, 8 deflated; nothing else is written by Distillscope. */
  readonly method: number
  readonly declaredSize: number
  /** Where the entry's compressed bytes are, within the zip (checked to lie inside it). */
  readonly dataStart: number
  readonly dataEnd: number
}

const END_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const END_SIZE = 22
/** The end record sits in the last 22 bytes plus at most a 64 KB comment. */
const END_SEARCH = END_SIZE + 0xffff
/** A package has a dozen files plus figures and tables; more is not one. */
const MAX_ENTRIES = 10_000
const ENCRYPTED = 0x0001

/**
 * Lists a zip's entries from its central directory without inflating anything, so a package can
 * be judged (manifest first, then only the files it uses) before a byte of data is unpacked.
 */
export function readZipDirectory(zip: Uint8Array, fileName: string): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const damaged = (why: string) => new AppError('invalid_input', `${fileName} is not a readable zip file (${why}).`)
  const end = findEnd(view)
  if (end < 0) throw new AppError('invalid_input', `${fileName} is not a readable zip file.`)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  if (count === 0xffff || at === 0xffffffff) throw damaged('ZIP64 archives are not paper packages')
  if (count > MAX_ENTRIES) throw damaged(`${count} entries`)
  const entries = new Map<string, ZipEntry>()
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged('its directory is cut short')
    const nameLength = view.getUint16(at + 28, true)
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (at + 46 + skip > zip.length) throw damaged('its directory is cut short')
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))
    if ((view.getUint16(at + 8, true) & ENCRYPTED) !== 0) throw damaged(`${name} is encrypted`)
    const compressedSize = view.getUint32(at + 20, true)
    const dataStart = localDataStart(view, view.getUint32(at + 42, true))
    if (dataStart < 0 || dataStart + compressedSize > zip.length) throw damaged(`${name} lies outside the file`)
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      declaredSize: view.getUint32(at + 24, true),
      dataStart,
      dataEnd: dataStart + compressedSize,
    })
    at += 46 + skip
  }
  return entries
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - END_SIZE; at >= Math.max(0, view.byteLength - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at
  }
  return -1
}

/** The local header repeats name and sizes; only its lengths matter here, to find the data. */
function localDataStart(view: DataView, offset: number): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIGNATURE) return -1
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true)
}
