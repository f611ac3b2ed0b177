import { homedir } from 'node:os'
import { join, resolve, win32 } from 'node:path'

export const APP_FOLDER_NAME = 'Distillscope'

export interface DataDirEnvironment {
  readonly platform: NodeJS.Platform
  readonly env: Readonly<Record<string, string | undefined>>
  readonly home: string
}

const currentEnvironment = (): DataDirEnvironment => ({ platform: process.platform, env: process.env, home: homedir() })

/**
 * The folder Electron calls `userData` for this app, computed without Electron so the command line
 * and browser mode find the desktop app's data: appData (per platform) + product name.
 */
export function defaultDataDir(environment: DataDirEnvironment = currentEnvironment()): string {
  const { platform, env, home } = environment
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER_NAME)
}

/** `--data-dir` wins, then `DISTILLSCOPE_DATA_DIR`, then the desktop app's folder. */
export function resolveDataDir(flag: string | undefined, environment: DataDirEnvironment = currentEnvironment()): string {
  const chosen = flag || environment.env.DISTILLSCOPE_DATA_DIR
  return chosen ? resolve(chosen) : defaultDataDir(environment)
}
