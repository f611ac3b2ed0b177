import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../../src/renderer/src/lib/api'
import { keyErrorsFrom, keyStatusText, keyStatusView, needsUnlock, unlockErrorsFrom, validateUnlock } from '../../../../../src/renderer/src/lib/keys/key-status'
import { presetById } from '../../../../../src/shared/providers/presets'

const openai = presetById('openai')

describe('keyStatusText', () => {
  it('shows a saved key by its last four characters only', () => {
    expect(keyStatusView({ key: { configured: true, last4: 'a1b2', source: 'store' } }, openai)).toEqual({ text: 'Key set (…a1b2)', tone: 'set' })
    expect(keyStatusText({ key: { configured: true, source: 'store' } }, openai)).toBe('Key set')
  })

  it('names the environment variable a key comes from', () => {
    const fromEnv = { key: { configured: true, last4: 'zzzz', source: 'env' as const }, apiKeyEnv: 'OPENAI_API_KEY' }
    expect(keyStatusText(fromEnv, openai)).toBe('From environment variable OPENAI_API_KEY')
    expect(keyStatusText({ key: fromEnv.key }, openai)).toBe('From an environment variable')
  })

  it('says "No key" where one is needed or may be, and "Not needed" for keyless services', () => {
    const none = { key: { configured: false, source: 'none' as const } }
    expect(keyStatusView(none, openai)).toEqual({ text: 'No key', tone: 'missing' })
    expect(keyStatusView(none, presetById('custom'))).toEqual({ text: 'No key', tone: 'missing' })
    expect(keyStatusView(none, undefined)).toEqual({ text: 'No key', tone: 'missing' })
    expect(keyStatusView(none, presetById('simulator'))).toEqual({ text: 'Not needed', tone: 'not-needed' })
    expect(keyStatusText(none, presetById('ollama'))).toBe('Not needed')
  })

  it('still shows a key set for a keyless service', () => {
    expect(keyStatusText({ key: { configured: true, last4: '9999', source: 'store' } }, presetById('vllm'))).toBe('Key set (…9999)')
  })
})

describe('needsUnlock', () => {
  it('only for a locked passphrase store', () => {
    expect(needsUnlock({ mode: 'passphrase', locked: true, initialised: false })).toBe(true)
    expect(needsUnlock({ mode: 'passphrase', locked: false, initialised: true })).toBe(false)
    expect(needsUnlock({ mode: 'os-encryption', locked: false, initialised: true })).toBe(false)
    expect(needsUnlock(undefined)).toBe(false)
  })
})

describe('validateUnlock', () => {
  it('asks for a passphrase', () => {
    expect(validateUnlock('', '', true)?.fields).toEqual({ passphrase: 'Choose a passphrase' })
    expect(validateUnlock('', '', false)?.fields).toEqual({ passphrase: 'Enter your passphrase' })
  })

  it('the first time: at least 8 characters, typed twice the same', () => {
    expect(validateUnlock('short', 'short', true)?.fields).toEqual({ passphrase: 'Use at least 8 characters' })
    expect(validateUnlock('long enough', 'long enougH', true)?.fields).toEqual({ confirmation: 'The two passphrases are not the same' })
    expect(validateUnlock('long enough', 'long enough', true)).toBeUndefined()
  })

  it('later: any passphrase is sent, the store decides', () => {
    expect(validateUnlock('short', '', false)).toBeUndefined()
  })
})

describe('errors from the key store', () => {
  it('puts a wrong passphrase under the passphrase field, announced there', () => {
    const error = new ApiError('conflict', 'That passphrase is not the one your keys were saved with.')
    expect(unlockErrorsFrom(error)).toEqual({ fields: { passphrase: error.message } })
  })

  it('puts a malformed key under the key field', () => {
    const routed = new ApiError('invalid_input', 'Invalid input for keys.set', [{ path: 'key', message: 'A key has no spaces' }])
    expect(keyErrorsFrom(routed)).toEqual({ fields: { key: 'A key has no spaces' } })
    const fromStore = new ApiError('invalid_input', 'This does not look like a complete key')
    expect(keyErrorsFrom(fromStore)).toEqual({ fields: { key: fromStore.message } })
  })

  it('shows a locked store or a missing keyring in the alert', () => {
    const error = new ApiError('conflict', 'Your API keys are locked. Enter your passphrase to unlock them.')
    expect(keyErrorsFrom(error)).toEqual({ fields: {}, general: error.message })
  })
})
