import { SecretStoreError } from './secret-store'

/**
 * The errors people see, in one place so their wording stays consistent. Each names at most the
 * provider ref (already validated) and never a key, a ciphertext or an underlying error message.
 */
export const PASSPHRASE_HINT = 'You can set a passphrase in Settings to keep your keys encrypted instead.'

export function encryptionUnavailable(): SecretStoreError {
  return new SecretStoreError(
    'encryption_unavailable',
    `Your system's secure storage is not available right now, so the API key cannot be saved or read. ${PASSPHRASE_HINT}`,
  )
}

export function insecureBackend(): SecretStoreError {
  return new SecretStoreError(
    'insecure_backend',
    `No password manager (such as GNOME Keyring or KWallet) is available, so your system cannot protect the API key. ${PASSPHRASE_HINT}`,
  )
}

export function corruptKey(ref: string): SecretStoreError {
  return new SecretStoreError(
    'corrupt',
    `The saved API key for provider ${ref} cannot be read: it is damaged, or was saved by another user account or keyring. Enter the key again.`,
  )
}

export function corruptKeyFile(file: string): SecretStoreError {
  return new SecretStoreError(
    'corrupt',
    `The file that holds your encrypted API keys (${file}) is damaged or was changed by another program. Move it aside and enter your keys again.`,
  )
}

export function locked(): SecretStoreError {
  return new SecretStoreError('locked', 'Your API keys are locked. Enter your passphrase to unlock them.')
}

export function wrongPassphrase(): SecretStoreError {
  return new SecretStoreError('wrong_passphrase', 'That passphrase is not the one your keys were saved with.')
}
