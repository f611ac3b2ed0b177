import { describe, expect, it } from 'vitest'
import { HEAP_SWITCH_ARGUMENT, missingHeapSettings } from '../../../../src/main/app/heap-switch'
import { CLI_HEAP_FLAGS } from '../../../../src/shared/constants/cli-heap'

describe("Electron's heap switch", () => {
  it('carries exactly the command line’s heap flags', () => {
    expect(HEAP_SWITCH_ARGUMENT).toBe(`--js-flags="${CLI_HEAP_FLAGS}"`)
  })
})

describe('missingHeapSettings', () => {
  it('is satisfied by the flags, in any order and beside other V8 flags', () => {
    expect(missingHeapSettings(CLI_HEAP_FLAGS)).toBeUndefined()
    expect(missingHeapSettings(`--trace-gc  ${CLI_HEAP_FLAGS.split(' ').reverse().join(' ')}`)).toBeUndefined()
  })

  it('names what is missing, with the switch to pass', () => {
    expect(missingHeapSettings(undefined)).toContain(CLI_HEAP_FLAGS)
    expect(missingHeapSettings('')).toContain(HEAP_SWITCH_ARGUMENT)
    const partly = missingHeapSettings('--max-semi-space-size=16 --max-old-space-size=4096')
    expect(partly).toContain('--max-old-space-size=1024')
    expect(partly).not.toContain('without the heap settings --max-semi-space-size')
  })
})
