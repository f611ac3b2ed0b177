import type { PromptSetService } from '../../services/prompt-sets/prompt-set-service'
import type { Handlers } from '../router'

type PromptSetRoutes =
  | 'promptSets.list'
  | 'promptSets.get'
  | 'promptSets.preview'
  | 'promptSets.import'
  | 'promptSets.importFile'
  | 'promptSets.delete'
  | 'promptSets.download'
  | 'promptSets.sample'

export function promptSetHandlers(service: PromptSetService): Pick<Handlers, PromptSetRoutes> {
  return {
    'promptSets.list': () => service.list(),
    'promptSets.get': ({ id, offset, limit }) => service.get(id, offset, limit),
    'promptSets.preview': ({ fileName, content, mapping }) => service.preview(fileName, content, mapping),
    'promptSets.import': (input) => service.import(input),
    'promptSets.importFile': (input) => service.importFile(input),
    'promptSets.delete': ({ id }) => {
      service.remove(id)
      return { deleted: true as const }
    },
    'promptSets.download': ({ source }) => service.download(source),
    'promptSets.sample': ({ id, n, seed }) => service.sample(id, n, seed),
  }
}
