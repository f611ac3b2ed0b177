import { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import { PRESETS } from '../../../shared/providers/presets'
import { normaliseBaseUrl } from '../../../shared/providers/base-url'
import type { ProviderService } from '../../services/providers/provider-service'
import type { Handlers } from '../router'

type ProviderRoutes = 'providers.presets' | 'providers.list' | 'providers.create' | 'providers.update' | 'providers.delete' | 'providers.previewEndpoint'

export function providerHandlers(service: ProviderService): Pick<Handlers, ProviderRoutes> {
  return {
    'providers.presets': () => PRESETS,
    'providers.list': () => service.list(),
    'providers.create': (input) => service.create(input).catch(asInvalidInput),
    'providers.update': ({ id, changes }) => service.update(id, changes).catch(asInvalidInput),
    'providers.delete': async ({ id }) => {
      await service.remove(id)
      return { deleted: true as const }
    },
    'providers.previewEndpoint': ({ kind, baseURL }) => {
      const result = normaliseBaseUrl(kind, baseURL)
      if (!result.ok) return { error: result.message }
      return { endpoint: result.endpoint, ...(result.warning ? { warning: result.warning } : {}) }
    },
  }
}

/** Zod failures inside services (merged updates) become the same typed error as router validation. */
export function asInvalidInput(error: unknown): never {
  if (!(error instanceof z.ZodError)) throw error
  const mapped = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
  throw new AppError('invalid_input', `Invalid settings: ${mapped.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, mapped)
}
