import type { AppInfo } from '../../../shared/contract/app'
import type { Migration } from '../../storage/migration-files'
import { runDoctor } from '../../storage/doctor'
import type { Handlers } from '../router'

export interface AppHandlerDeps {
  readonly info: AppInfo
  readonly migrations: readonly Migration[]
}

export function appHandlers(deps: AppHandlerDeps): Pick<Handlers, 'app.info' | 'app.doctor'> {
  return {
    'app.info': () => deps.info,
    'app.doctor': () => runDoctor(deps.info.dataDir, deps.migrations),
  }
}
