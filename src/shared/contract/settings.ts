import { z } from 'zod'
import { defineEvent, defineRoute } from './define'

export const themeSchema = z.enum(['light', 'dark', 'auto'])
export type Theme = z.infer<typeof themeSchema>

export const settingsSchema = z.object({ theme: themeSchema }).strict()
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = { theme: 'auto' }

export const settingsRoutes = {
  'settings.get': defineRoute<Settings>()(z.object({}).strict().optional()),
  'settings.update': defineRoute<Settings>()(settingsSchema.partial().strict()),
}

export const settingsEvents = {
  /** Sent after every successful update so every open window (or browser tab) follows. */
  'settings.changed': defineEvent<Settings>(),
}
