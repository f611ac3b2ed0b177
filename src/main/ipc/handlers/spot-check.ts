import type { SpotCheckService } from '../../services/spot-check/spot-check-service'
import type { Handlers } from '../router'

type SpotCheckRoutes = 'spotCheck.sample' | 'spotCheck.rate' | 'spotCheck.summary'

export function spotCheckHandlers(spotCheck: SpotCheckService): Pick<Handlers, SpotCheckRoutes> {
  return {
    'spotCheck.sample': ({ runId, count, seed }) => spotCheck.sample(runId, count, seed),
    'spotCheck.rate': ({ runId, key, rating }) => spotCheck.rate(runId, key, rating),
    'spotCheck.summary': ({ runId }) => spotCheck.summary(runId),
  }
}
