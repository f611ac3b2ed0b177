import { z } from 'zod'
import type { ProviderKeyStatus } from './providers'
import { defineRoute } from './define'

export interface KeyStoreState {
  readonly mode: 'os-encryption' | 'passphrase'
  readonly locked: boolean
  readonly initialised: boolean
}

/** Keys go in, never out: every answer is a status with at most the key's last four characters. */
export const keyRoutes = {
  'keys.state': defineRoute<KeyStoreState>()(z.object({}).strict().optional()),
  'keys.set': defineRoute<ProviderKeyStatus>()(
    z
      .object({
        providerId: z.string().min(1).max(64),
        key: z.string().trim().min(8, 'This does not look like a complete key').max(4096).regex(/^\S+$/, 'A key has no spaces'),
      })
      .strict(),
  ),
  'keys.remove': defineRoute<ProviderKeyStatus>()(z.object({ providerId: z.string().min(1).max(64) }).strict()),
  /** Passphrase mode: unlocks (or, the first time, creates) the encrypted key file. */
  'keys.unlock': defineRoute<KeyStoreState>()(z.object({ passphrase: z.string().min(1).max(1024) }).strict()),
}
