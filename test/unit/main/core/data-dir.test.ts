import { describe, expect, it } from 'vitest'
import { defaultDataDir, resolveDataDir } from '../../../../src/main/core/data-dir'

describe('data folder', () => {
  it("matches Electron's userData folder on each platform", () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ada' })).toBe('/home/ada/.config/Distillscope')
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/ada' })).toBe('/xdg/Distillscope')
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ada' })).toBe('/Users/ada/Library/Application Support/Distillscope')
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, home: 'C:\\Users\\ada' })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Distillscope',
    )
  })

  it('prefers --data-dir, then DISTILLSCOPE_DATA_DIR, and makes paths absolute', () => {
    const environment = { platform: 'linux' as const, env: { DISTILLSCOPE_DATA_DIR: '/from/env' }, home: '/home/ada' }
    expect(resolveDataDir('/from/flag', environment)).toBe('/from/flag')
    expect(resolveDataDir(undefined, environment)).toBe('/from/env')
    expect(resolveDataDir('relative', { ...environment, env: {} })).toBe(`${process.cwd()}/relative`)
    expect(resolveDataDir(undefined, { ...environment, env: {} })).toBe('/home/ada/.config/Distillscope')
  })
})
