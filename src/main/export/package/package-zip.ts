import { AppError } from '../../../shared/contract/errors'
import { inflateEntryText, type InflatedText } from './inflate-entry'
import { readZipDirectory, type ZipEntry } from './zip-directory'

const MB = 1024 * 1024
/** A manifest is a few KB; anything near this is not one. */
const MAX_MANIFEST_BYTES = 1 * MB
/**
 * Caps on what an import unpacks, far above a real package's data (thousands of answers are a
 * few MB) and low enough that reading and parsing stays well under 300 MB of memory.
 */
export const MAX_ENTRY_BYTES = 64 * MB
export const MAX_TOTAL_BYTES = 96 * MB

/**
 * A package zip opened for reading: its directory is read at once, an entry is inflated only when
 * asked for, and only within the caps. Figures, tables and anything unknown are never inflated.
 */
export interface PackageZip {
  /** The manifest, inflated first and alone. */
  manifest(name: string): InflatedText | undefined
  /** Refuses before inflating anything when the files to read claim more than the caps allow. */
  checkSizes(names: readonly string[]): void
  text(name: string): InflatedText | undefined
}

export function openPackageZip(bytes: Uint8Array, fileName: string): PackageZip {
  const entries = readZipDirectory(bytes, fileName)
  const inflate = (name: string, cap: number): InflatedText | undefined => {
    const entry = entries.get(name)
    if (!entry) return undefined
    if (entry.declaredSize > cap) throw tooLarge(entry, cap, fileName)
    return inflateEntryText(bytes, entry, fileName)
  }
  return {
    manifest: (name) => inflate(name, MAX_MANIFEST_BYTES),
    checkSizes(names) {
      let total = 0
      for (const name of names) {
        const entry = entries.get(name)
        if (!entry) continue
        if (entry.declaredSize > MAX_ENTRY_BYTES) throw tooLarge(entry, MAX_ENTRY_BYTES, fileName)
        total += entry.declaredSize
      }
      if (total > MAX_TOTAL_BYTES) {
        throw new AppError(
          'invalid_input',
          `${fileName} unpacks to more than ${MAX_TOTAL_BYTES / MB} MB in all; that is not a Distillscope paper package. Nothing was imported.`,
        )
      }
    },
    // Sizes were checked by checkSizes; the cap here guards a caller that skipped it.
    text: (name) => inflate(name, MAX_ENTRY_BYTES),
  }
}

function tooLarge(entry: ZipEntry, cap: number, fileName: string): AppError {
  return new AppError(
    'invalid_input',
    `${fileName}: ${entry.name} unpacks to more than ${cap / MB} MB; that is not a Distillscope paper package. Nothing was imported.`,
  )
}
