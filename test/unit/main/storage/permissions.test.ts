import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Logger } from '../../../../src/main/core/log'
import { createServices } from '../../../../src/main/compose-services'
import { DATABASE_FILE_NAME } from '../../../../src/main/storage/database'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()

const modeOf = (path: string) => statSync(path).mode & 0o777

function recordingLog(): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return { warnings, info: () => {}, error: () => {}, warn: (message) => warnings.push(message) }
}

/** Opens the services once, writes a row so the WAL files exist, and returns what was logged. */
async function openOnce(dataDir: string) {
  const log = recordingLog()
  const services = createServices({ dataDir, log })
  services.handlers['settings.update']({ theme: 'dark' })
  const files = [DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, `${DATABASE_FILE_NAME}-shm`].map((name) => join(dataDir, name))
  const modes = Object.fromEntries(files.map((file) => [file, existsSync(file) ? modeOf(file) : 'missing']))
  const dirMode = modeOf(dataDir)
  await services.close()
  return { log, modes, dirMode, files }
}

// Issue 12, item 9: other users of the machine must not read the database or the key files.
describe.skipIf(process.platform === 'win32')('permissions of the data folder', () => {
  it('creates the data folder 0700 and the database files 0600', async () => {
    const dataDir = join(newDir(), 'nested', 'data')
    const { modes, dirMode, files } = await openOnce(dataDir)
    expect(dirMode).toBe(0o700)
    for (const file of files) expect(modes[file], file).toBe(0o600)
  })

  it('tightens a data folder and database files left readable by others', async () => {
    const dataDir = newDir()
    await openOnce(dataDir)
    chmodSync(dataDir, 0o755)
    chmodSync(join(dataDir, DATABASE_FILE_NAME), 0o644)
    const { modes, dirMode, files } = await openOnce(dataDir)
    expect(dirMode).toBe(0o700)
    for (const file of files) expect(modes[file], file).toBe(0o600)
  })

  it.each(['keys.enc.json', 'secrets.json'])('tightens a key file (%s) readable by others to 0600, with a warning naming it', async (name) => {
    const dataDir = newDir()
    mkdirSync(dataDir, { recursive: true })
    const keyFile = join(dataDir, name)
    writeFileSync(keyFile, '{}\n', { mode: 0o644 })
    chmodSync(keyFile, 0o644)
    const { log } = await openOnce(dataDir)
    expect(modeOf(keyFile)).toBe(0o600)
    expect(log.warnings.some((warning) => warning.includes(keyFile) && warning.includes('0600'))).toBe(true)
  })

  it('says nothing about a key file that is already private', async () => {
    const dataDir = newDir()
    writeFileSync(join(dataDir, 'keys.enc.json'), '{}\n', { mode: 0o600 })
    const { log } = await openOnce(dataDir)
    expect(log.warnings).toEqual([])
  })
})
