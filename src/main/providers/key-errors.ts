import { LlmCallError } from '../core/llm/llm-error'
import { SecretStoreError } from '../storage/secrets/secret-store'

/**
 * A key that could not be looked up, as a call failure. Still class `auth` (retrying cannot help,
 * the person has to act), but never worded as the provider refusing the key: no request was sent.
 * `owner` names the model (or provider) so the person knows which key to enter again.
 */
export function keyLookupFailure(error: unknown, owner: string): LlmCallError {
  if (error instanceof SecretStoreError && error.reason === 'corrupt') {
    return new LlmCallError('auth', undefined, undefined, `The saved API key for ${owner} could not be decrypted on this machine; enter it again.`)
  }
  // The store's own messages (locked, no keyring, a bad environment variable) say what to do.
  const message = error instanceof Error && error.message ? error.message : `The API key for ${owner} could not be read.`
  return new LlmCallError('auth', undefined, undefined, message)
}
