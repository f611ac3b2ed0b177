import type { z } from 'zod'
import { appEvents, appRoutes } from './app'
import type { EventDef, RouteDef } from './define'
import { exportRoutes } from './exports'
import { iceLibraryEvents, iceLibraryRoutes } from './ice-library'
import { iceResultRoutes } from './ice-results'
import { keyRoutes } from './keys'
import { modelEvents, modelRoutes } from './models'
import { paperJudgeCheckEvents, paperJudgeCheckRoutes } from './paper-judge-check'
import { promptSetEvents, promptSetRoutes } from './prompt-sets'
import { providerEvents, providerRoutes } from './providers'
import { resultRoutes } from './results'
import { runEvents, runRoutes } from './runs'
import { settingsEvents, settingsRoutes } from './settings'
import { spotCheckRoutes } from './spot-check'

/** Every route of every domain. Adding a domain here makes its handlers mandatory in main. */
export const routes = {
  ...appRoutes,
  ...settingsRoutes,
  ...providerRoutes,
  ...modelRoutes,
  ...keyRoutes,
  ...promptSetRoutes,
  ...runRoutes,
  ...resultRoutes,
  ...iceResultRoutes,
  ...iceLibraryRoutes,
  ...paperJudgeCheckRoutes,
  ...exportRoutes,
  ...spotCheckRoutes,
} satisfies Record<string, RouteDef<z.ZodType, unknown>>

export const events = {
  ...appEvents,
  ...settingsEvents,
  ...providerEvents,
  ...modelEvents,
  ...promptSetEvents,
  ...runEvents,
  ...iceLibraryEvents,
  ...paperJudgeCheckEvents,
} satisfies Record<string, EventDef<unknown>>

export type Routes = typeof routes
export type RouteName = keyof Routes
export type RouteInput<N extends RouteName> = z.input<Routes[N]['input']>
export type ParsedInput<N extends RouteName> = z.output<Routes[N]['input']>
export type RouteOutput<N extends RouteName> = Routes[N] extends RouteDef<z.ZodType, infer O> ? O : never

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<N extends EventName> = Events[N] extends EventDef<infer P> ? P : never

export function isRouteName(value: unknown): value is RouteName {
  return typeof value === 'string' && Object.hasOwn(routes, value)
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value)
}

export * from './app'
export * from './settings'
export * from './providers'
export * from './models'
export * from './keys'
export * from './prompt-sets'
export * from './run-spec'
export * from './spot-check'
export * from './judges-of'
export * from './ice-spec'
export * from './ice-results'
export * from './ice-library'
export * from './runs'
export * from './run-outcomes'
export * from './judge-issues'
export * from './results'
export * from './exports'
export * from './errors'
export * from './channels'
export * from './judge-check'
