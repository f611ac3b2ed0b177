import type { IceLibraryService } from '../../services/ice-library/ice-library-service'
import type { Handlers } from '../router'

type IceLibraryRoutes =
  | 'ice.defaults'
  | 'ice.facts.list'
  | 'ice.facts.save'
  | 'ice.facts.reset'
  | 'ice.sets.list'
  | 'ice.sets.get'
  | 'ice.sets.import'
  | 'ice.sets.downloadGptfuzz'
  | 'ice.sets.delete'
  | 'ice.paperLog.score'

/** Input arrives validated by the router (zod); file contents are checked by the service. */
export function iceLibraryHandlers(service: IceLibraryService): Pick<Handlers, IceLibraryRoutes> {
  return {
    'ice.defaults': () => service.defaults(),
    'ice.facts.list': () => service.facts(),
    'ice.facts.save': (input) => service.saveFact(input),
    'ice.facts.reset': ({ id }) => service.resetFact(id),
    'ice.sets.list': (input) => service.listSets(input?.kind),
    'ice.sets.get': ({ id }) => service.getSet(id),
    'ice.sets.import': (input) => service.importSet(input),
    'ice.sets.downloadGptfuzz': () => service.downloadGptfuzz(),
    'ice.sets.delete': ({ id }) => {
      service.deleteSet(id)
      return { deleted: true as const }
    },
    'ice.paperLog.score': (input) => service.scorePaperLog(input),
  }
}
