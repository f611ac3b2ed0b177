import { createHash } from 'node:crypto'

/**
 * SHA-256 of each file in a package, kept in its manifest: a check against accidental or careless
 * change after export (an edited answer, a re-saved file), not a signature, since whoever edits
 * a file can edit the manifest too.
 */
export function checksumsOf(files: Readonly<Record<string, Uint8Array>>): Record<string, string> {
  const sorted = Object.keys(files).sort()
  return Object.fromEntries(sorted.map((name) => [name, createHash('sha256').update(files[name]!).digest('hex')]))
}

/** Collects the files read whose content differs from the manifest's checksum (or has none there). */
export function createChecksumCheck(expected: Readonly<Record<string, string>> | undefined) {
  const modified: string[] = []
  return {
    check(name: string, sha256: string): void {
      // A package written before checksums existed has none to compare with.
      if (expected && expected[name] !== sha256) modified.push(name)
    },
    modified: (): readonly string[] => [...modified],
  }
}
