import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/storage/database'
import { REQUEST_CHANNEL } from '../../src/shared/contract/channels'
import { useTempDirs } from '../support/temp-dir'
import { requireBuild } from '../support/built-app'

/**
 * Electron cannot start on this machine, so the built desktop entry runs in Node with a recording
 * stand-in for the `electron` module: what it does with the real API is checked, paths included.
 */
const newDir = useTempDirs()
beforeAll(requireBuild)

function runDesktopEntry(dataDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', resolve('test/support/fake-electron/register.mjs'), resolve('out/main/index.js')], {
    encoding: 'utf8',
    env: { ...process.env, DISTILLSCOPE_DATA_DIR: dataDir, ...env },
    timeout: 30_000,
  })
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')
}

describe('desktop entry (built, with a stand-in for Electron)', () => {
  it('opens the data folder, locks the window down and loads the built renderer and preload', () => {
    const dataDir = newDir()
    const report = runDesktopEntry(dataDir)
    expect(report['path:userData']).toBe(dataDir)
    expect(existsSync(join(dataDir, 'distillscope.db'))).toBe(true)
    expect(report.enableSandbox).toBe(true)
    expect(report.events).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'window-all-closed', 'will-quit']))
    expect(report.window.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(existsSync(report.window.webPreferences.preload)).toBe(true)
    expect(report.window.webPreferences.preload).toMatch(/out\/preload\/index\.cjs$/)
    expect(existsSync(report.window.icon)).toBe(true)
    expect(report.loadFile).toBe(resolve('out/renderer/index.html'))
    expect(report.ipcChannels).toEqual([REQUEST_CHANNEL])
    expect(report.permissionGranted).toBe(false)
    expect(report.permissionCheck).toBe(false)
    expect(report.cspHeader?.[0]).toContain("script-src 'self'")
    expect(report.errorBox).toBeUndefined()
    expect(report.keysState).toEqual({ ok: true, data: { mode: 'os-encryption', locked: false, initialised: true } })
    expect(report.foreignRequest).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('falls back to a passphrase for keys when Linux offers only basic_text encryption', () => {
    const report = runDesktopEntry(newDir(), { FAKE_ELECTRON_NO_KEYRING: '1' })
    expect(report.keysState).toEqual({ ok: true, data: { mode: 'passphrase', locked: true, initialised: false } })
  })

  it('a second instance quits without touching the database', () => {
    const dataDir = newDir()
    const report = runDesktopEntry(dataDir, { FAKE_ELECTRON_SECOND_INSTANCE: '1' })
    expect(report.quit).toBe(true)
    expect(report.window).toBeUndefined()
    expect(existsSync(join(dataDir, 'distillscope.db'))).toBe(false)
  })

  it('shows an error naming the migration and exits when an applied migration was edited', () => {
    const dataDir = newDir()
    runDesktopEntry(dataDir)
    const db = openDatabase(join(dataDir, 'distillscope.db'))
    db.prepare("UPDATE schema_migrations SET checksum = 'edited' WHERE name = '0001_initial'").run()
    db.close()
    const report = runDesktopEntry(dataDir)
    expect(report.errorBox.title).toBe('Distillscope cannot start')
    expect(report.errorBox.message).toMatch(/Migration 0001_initial was edited/)
    expect(report.exit).toBe(1)
    expect(report.window).toBeUndefined()
  })
})
