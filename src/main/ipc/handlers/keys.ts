import { AppError } from '../../../shared/contract/errors'
import type { ProviderService } from '../../services/providers/provider-service'
import { SecretStoreError, type SecretStore } from '../../storage/secrets/secret-store'
import type { Handlers } from '../router'

type KeyRoutes = 'keys.state' | 'keys.set' | 'keys.remove' | 'keys.unlock'

/** Secret-store refusals carry messages written for people; they become conflicts, keys never echoed. */
function asAppError(error: unknown): never {
  if (error instanceof SecretStoreError) throw new AppError(error.reason === 'invalid' ? 'invalid_input' : 'conflict', error.message)
  throw error
}

export function keyHandlers(secrets: SecretStore, providers: ProviderService, onKeyChanged: () => void): Pick<Handlers, KeyRoutes> {
  return {
    'keys.state': () => secrets.state(),
    'keys.set': async ({ providerId, key }) => {
      const provider = providers.mustGet(providerId)
      await secrets.set(providerId, key).catch(asAppError)
      onKeyChanged()
      await providers.announce()
      return providers.keyStatus(provider)
    },
    'keys.remove': async ({ providerId }) => {
      const provider = providers.mustGet(providerId)
      await secrets.remove(providerId).catch(asAppError)
      onKeyChanged()
      await providers.announce()
      return providers.keyStatus(provider)
    },
    'keys.unlock': async ({ passphrase }) => {
      await secrets.unlock(passphrase).catch(asAppError)
      onKeyChanged()
      return secrets.state()
    },
  }
}
