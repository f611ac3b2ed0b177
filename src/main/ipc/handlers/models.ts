import type { LlmClient } from '../../core/llm/llm-client'
import { suggestPrices } from '../../providers/known-prices'
import type { ModelService } from '../../services/models/model-service'
import type { Handlers } from '../router'
import { asInvalidInput } from './providers'

type ModelRoutes =
  | 'models.list'
  | 'models.create'
  | 'models.update'
  | 'models.delete'
  | 'models.suggestPrices'
  | 'models.estimateTest'
  | 'models.testConnection'
  | 'models.listRemote'

export function modelHandlers(service: ModelService, client: LlmClient): Pick<Handlers, ModelRoutes> {
  return {
    'models.list': () => service.list(),
    'models.create': (input) => service.create(input).catch(asInvalidInput),
    'models.update': ({ id, changes }) => service.update(id, changes).catch(asInvalidInput),
    'models.delete': async ({ id }) => {
      await service.remove(id)
      return { deleted: true as const }
    },
    'models.suggestPrices': ({ model }) => suggestPrices(model),
    'models.estimateTest': ({ id }) => service.estimateTest(id),
    'models.testConnection': ({ id }) => service.testConnection(client, id),
    'models.listRemote': async ({ providerId }) => ({ ids: await service.listRemote(providerId) }),
  }
}
