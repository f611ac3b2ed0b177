import { z } from 'zod'
import { defineEvent, defineRoute } from './define'

export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly dataDir: string
  readonly databaseFile: string
  readonly schemaVersion: number
}

export type CheckStatus = 'ok' | 'warning' | 'error'

export interface DoctorCheck {
  readonly id: string
  readonly label: string
  readonly status: CheckStatus
  readonly detail: string
}

export interface DoctorReport {
  readonly healthy: boolean
  readonly checks: readonly DoctorCheck[]
}

const noInput = z.object({}).strict().optional()

export const appRoutes = {
  'app.info': defineRoute<AppInfo>()(noInput),
  'app.doctor': defineRoute<DoctorReport>()(noInput),
}

export const appEvents = {
  /**
   * Never sent by the backend: browser mode's transport raises it itself when its event connection
   * comes back after a drop. Events sent in between were lost, so the app fetches again what it shows.
   */
  'app.reconnected': defineEvent<null>(),
}
