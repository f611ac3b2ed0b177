import type { KeyStoreState, ProviderKeyStatus } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { fieldResolver, formErrorsFrom, type FormErrors } from '../forms'

export interface KeyStatusSubject {
  readonly key: ProviderKeyStatus
  readonly apiKeyEnv?: string
}

export type KeyStatusTone = 'set' | 'missing' | 'not-needed'

export interface KeyStatusView {
  readonly text: string
  readonly tone: KeyStatusTone
}

/**
 * How a provider's key is described everywhere: "Key set (…a1b2)", "From environment variable
 * OPENAI_API_KEY", "No key", or "Not needed" for services that work without one. Custom endpoints
 * are not assumed to be keyless, so they say "No key".
 */
export function keyStatusView(provider: KeyStatusSubject, preset: Pick<ProviderPreset, 'id' | 'needsKey'> | undefined): KeyStatusView {
  const { key } = provider
  if (key.configured && key.source === 'env') {
    return { text: provider.apiKeyEnv ? `From environment variable ${provider.apiKeyEnv}` : 'From an environment variable', tone: 'set' }
  }
  if (key.configured) return { text: key.last4 ? `Key set (…${key.last4})` : 'Key set', tone: 'set' }
  if (preset && !preset.needsKey && preset.id !== 'custom') return { text: 'Not needed', tone: 'not-needed' }
  return { text: 'No key', tone: 'missing' }
}

export function keyStatusText(provider: KeyStatusSubject, preset: Pick<ProviderPreset, 'id' | 'needsKey'> | undefined): string {
  return keyStatusView(provider, preset).text
}

/** Keys cannot be saved (or used) until the passphrase is entered. */
export function needsUnlock(state: KeyStoreState | undefined): boolean {
  return state !== undefined && state.mode === 'passphrase' && state.locked
}

export const MIN_PASSPHRASE_LENGTH = 8

export type UnlockField = 'passphrase' | 'confirmation'

/**
 * Checked before sending: the first passphrase must be long enough and typed twice the same. No
 * general message: the form is small, and its field errors are announced themselves.
 */
export function validateUnlock(passphrase: string, confirmation: string, firstTime: boolean): FormErrors<UnlockField> | undefined {
  if (passphrase === '') return { fields: { passphrase: firstTime ? 'Choose a passphrase' : 'Enter your passphrase' } }
  if (!firstTime) return undefined
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return { fields: { passphrase: `Use at least ${MIN_PASSPHRASE_LENGTH} characters` } }
  }
  if (confirmation !== passphrase) return { fields: { confirmation: 'The two passphrases are not the same' } }
  return undefined
}

/** A wrong passphrase is a `conflict` from the key store: it belongs under the passphrase field. */
export function unlockErrorsFrom(error: unknown): FormErrors<UnlockField> {
  return formErrorsFrom(error, fieldResolver<UnlockField>({ passphrase: 'passphrase' }), {
    fallbackField: 'passphrase',
    fallbackCodes: ['invalid_input', 'conflict'],
    pointToFields: false,
  })
}

export type KeyField = 'key'

/** A malformed key goes under the key field; a locked or unavailable store goes to the alert. */
export function keyErrorsFrom(error: unknown): FormErrors<KeyField> {
  return formErrorsFrom(error, fieldResolver<KeyField>({ key: 'key' }), { fallbackField: 'key', pointToFields: false })
}
