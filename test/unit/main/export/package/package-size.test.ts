import { describe, expect, it } from 'vitest'
import { readPackage } from '../../../../../src/main/export/package/read-package'
import { runRoutes } from '../../../../../src/shared/contract/runs'

const MB = 1024 * 1024

// Issue 12, item 5: the import stays under 300 MB of memory for any input, so the zip itself is capped.
describe('the size of a package file', () => {
  it('is refused above 64 MB before anything is read', () => {
    expect(() => readPackage(new Uint8Array(64 * MB + 1), 'big.zip')).toThrow(/big\.zip is larger than 64 MB/)
  })

  it('is refused above 64 MB by the app route, as base64', () => {
    const base64 = 'A'.repeat(Math.ceil((64 * MB + 3) / 3) * 4)
    const parsed = runRoutes['runs.importPackage'].input.safeParse({ fileName: 'big.zip', base64 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toBe('The package is larger than 64 MB')
  })
})
