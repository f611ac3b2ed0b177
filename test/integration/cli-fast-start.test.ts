import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, requireBuild } from '../support/built-app'
import { useTempDirs } from '../support/temp-dir'

/** The modules that made `distillscope --version` take 0.65 s and 208 MB (issue 17 item 6). */
const HEAVY = ['@anthropic-ai/sdk', '@napi-rs/canvas', 'better-sqlite3', 'chart.js', 'openai', 'undici', 'zod', 'gpt-tokenizer', 'electron-store']

const tempDir = useTempDirs()

function packagesLoadedBy(args: readonly string[]) {
  const record = join(tempDir(), 'loaded.json')
  const result = spawnSync(process.execPath, ['--import', resolve('test/support/record-imports.mjs'), CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RECORD_IMPORTS_TO: record },
    timeout: 30_000,
  })
  return { ...result, loaded: JSON.parse(readFileSync(record, 'utf8')) as string[] }
}

describe('distillscope starts fast (issue 17 item 6)', () => {
  requireBuild()

  it.each([['--version'], ['--help'], ['help']])('%s loads commander and nothing heavy', (arg) => {
    const run = packagesLoadedBy([arg])
    expect(run.status).toBe(0)
    expect(run.loaded).toContain('commander')
    expect(run.loaded.filter((name) => HEAVY.includes(name))).toEqual([])
  })

  it('a command still loads what it needs (the recorder sees heavy modules when they are used)', () => {
    const run = packagesLoadedBy(['doctor', '--data-dir', tempDir()])
    expect(run.status).toBe(0)
    expect(run.loaded).toContain('better-sqlite3')
  })

  it('running an evaluation loads neither the figure libraries nor the tokenizer (only exports and estimates need them)', () => {
    const run = packagesLoadedBy(['run', '--help'])
    expect(run.status).toBe(0)
    // The run command opens the app's services: the database driver and the SDKs are there...
    expect(run.loaded).toEqual(expect.arrayContaining(['better-sqlite3', 'openai']))
    // ...but not what only a figure or an estimate needs.
    expect(run.loaded.filter((name) => ['@napi-rs/canvas', 'chart.js', 'chartjs-chart-matrix', 'gpt-tokenizer'].includes(name))).toEqual([])
  })

  it('--help still lists every command with its arguments, and an unknown one is refused', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' })
    for (const line of ['doctor', 'web', 'simulator', 'run <spec>', 'ice', 'export <run-ids...>', 'import <package>']) expect(help.stdout).toContain(line)
    const unknown = spawnSync(process.execPath, [CLI, 'frobnicate'], { encoding: 'utf8' })
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/)
  })

  it('the build leaves the command line executable, so npx distillscope works after npm run build (issue 18 item 8)', () => {
    expect(statSync(CLI).mode & 0o111).not.toBe(0)
    const direct = spawnSync(CLI, ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` } })
    expect(direct.status, direct.stderr).toBe(0)
  })

  it('--version stays small: under 80 MB of resident memory', () => {
    const probe = spawnSync(
      process.execPath,
      ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("RSS="+process.memoryUsage.rss()))', CLI, '--version'],
      { encoding: 'utf8' },
    )
    const rss = Number(/RSS=(\d+)/.exec(probe.stderr)?.[1])
    expect(rss).toBeGreaterThan(0)
    expect(rss).toBeLessThan(80 * 1024 * 1024)
  })
})
