import type { Environment } from './env-keys'
import type { SecretStore } from './secret-store'

/** The variable the command line and browser mode read the passphrase from. */
export const PASSPHRASE_ENV = 'DISTILLSCOPE_PASSPHRASE'

export type EnvironmentUnlock = 'unlocked' | 'not-set' | 'not-needed'

/**
 * Unlocks a passphrase store from DISTILLSCOPE_PASSPHRASE, for unattended runs (CLI, a browser
 * mode started over SSH). Like `unlock`, it creates the key file the first time. The value is
 * used as is, not trimmed: spaces may be part of a passphrase. A wrong passphrase rejects with
 * the store's 'wrong_passphrase' error, which never contains the passphrase.
 */
export async function unlockFromEnvironment(store: SecretStore, env: Environment): Promise<EnvironmentUnlock> {
  const passphrase = env[PASSPHRASE_ENV]
  if (passphrase === undefined || passphrase === '') return 'not-set'
  if (store.state().mode !== 'passphrase') return 'not-needed'
  await store.unlock(passphrase)
  return 'unlocked'
}
