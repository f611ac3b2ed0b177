import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/storage/database'
import packageJson from '../../package.json'
import { CLI, requireBuild, runCli, startWeb } from '../support/built-app'
import { useTempDirs } from '../support/temp-dir'

const newDir = useTempDirs()
beforeAll(requireBuild)

describe('distillscope command line', () => {
  it('prints help listing its commands, and its version', () => {
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: distillscope/)
    expect(help.stdout).toMatch(/doctor/)
    expect(help.stdout).toMatch(/web/)
    const version = runCli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(packageJson.version)
  })

  it('rejects unknown commands and bad options with a non-zero exit and a hint', () => {
    const unknown = runCli(['frobnicate'])
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/)
    const badPort = runCli(['web', '--port', 'eighty', '--data-dir', newDir()])
    expect(badPort.code).not.toBe(0)
    expect(badPort.stderr).toMatch(/a port is a whole number/)
  })

  it('doctor: a new folder is fine, and --data-dir and DISTILLSCOPE_DATA_DIR are honoured', () => {
    const dir = join(newDir(), 'not-yet')
    const report = runCli(['doctor', '--data-dir', dir])
    expect(report.code).toBe(0)
    expect(report.stdout).toContain(`Distillscope doctor: ${dir}`)
    expect(report.stdout).toMatch(/does not exist yet/)
    const viaEnv = runCli(['doctor', '--json'], { DISTILLSCOPE_DATA_DIR: dir })
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ dataDir: dir, healthy: true })
  })
})

describe('start-up against an existing data folder', () => {
  it('doctor passes after a start, and a restart with an edited migration fails naming it', async () => {
    const dir = newDir()
    const first = await startWeb(dir)
    expect(await first.stop()).toBe(0)
    const healthy = runCli(['doctor', '--data-dir', dir])
    expect(healthy.code).toBe(0)
    expect(healthy.stdout).toMatch(/\[ok {2}\] Database schema: Up to date/)

    // What an edited migration file looks like from the database's side: the recorded checksum no
    // longer matches the migration this build ships.
    const db = openDatabase(join(dir, 'distillscope.db'))
    db.prepare("UPDATE schema_migrations SET checksum = 'a1b2c3d4e5f6a7b8' WHERE name = '0001_initial'").run()
    db.close()

    const doctor = runCli(['doctor', '--data-dir', dir])
    expect(doctor.code).toBe(1)
    expect(doctor.stdout).toMatch(/\[FAIL\] Database schema: Migration 0001_initial was edited after it was applied/)
    await expect(startWeb(dir)).rejects.toThrow(/exited with code 1[\s\S]*Migration 0001_initial was edited/)
  })
})

describe('distillscope simulator', () => {
  it('serves the simulated provider until stopped, and says it is simulated', async () => {
    const child = spawn(process.execPath, [CLI, 'simulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
        if (match && output.includes('Press Ctrl+C')) resolve(match[1]!)
      })
      child.once('exit', (code) => reject(new Error(`simulator exited (${code}): ${output}`)))
    })
    expect(output).toMatch(/SIMULATED/)
    const models = await fetch(`${url}/v1/models`, { headers: { authorization: 'Bearer any-key' } })
    expect(models.status).toBe(200)
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
    expect(output).toContain('Simulated provider stopped.')
  })
})
