import { describe, expect, it } from 'vitest'
import { ApiError, createApiClient } from '../../../../../src/renderer/src/lib/api'
import { isModifiedPackage, requestImport } from '../../../../../src/renderer/src/lib/packages/import-package'
import type { Envelope } from '../../../../../src/shared/contract/errors'
import { createFakeBridge } from '../../fakes'

// Issue 12, item 5: a package changed after export is imported only after the person confirms.
describe('importing a package changed after export', () => {
  it('tells the changed-package refusal apart from other errors', () => {
    expect(isModifiedPackage(new ApiError('conflict', 'p.zip: data/rse-answers.jsonl changed after the package was exported'))).toBe(true)
    expect(isModifiedPackage(new ApiError('invalid_input', 'p.zip is not a readable zip file.'))).toBe(false)
    expect(isModifiedPackage(new Error('boom'))).toBe(false)
  })

  it('sends acceptModified only when the person confirmed', async () => {
    const fake = createFakeBridge(async () => ({ ok: true, data: { runId: 'r1' } }) as Envelope<unknown>)
    const api = createApiClient(fake.bridge)
    const file = { fileName: 'p.zip', base64: 'AQID' }
    await requestImport(api, file)
    await requestImport(api, file, { acceptModified: true })
    expect(fake.requests).toEqual([
      { route: 'runs.importPackage', input: { fileName: 'p.zip', base64: 'AQID' } },
      { route: 'runs.importPackage', input: { fileName: 'p.zip', base64: 'AQID', acceptModified: true } },
    ])
  })
})
