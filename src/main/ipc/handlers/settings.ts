import type { EventBus } from '../../core/event-bus'
import type { SettingsRepo } from '../../storage/repos/settings'
import type { Handlers } from '../router'

export function settingsHandlers(repo: SettingsRepo, events: EventBus): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => repo.get(),
    'settings.update': (patch) => {
      const settings = repo.update(patch)
      events.emit('settings.changed', settings)
      return settings
    },
  }
}
