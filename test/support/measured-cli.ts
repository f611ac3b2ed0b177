import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The built command line: `npm run build` (electron-vite) writes it. */
export const CLI = resolve('out/main/cli.js')

/** What the probe preloaded into the command saw of its own process (test/bench/child-probe.mjs). */
export interface Probe {
  readonly maxRssBytes: number
  readonly cpuMs: number
  readonly loopDelayMaxMs: number
  readonly loopDelayP99Ms: number
}

export const STUDENTS = 4
/** Calls per prompt of the scale spec: the reference's answer, then each student's answer and its judgement. */
export const CALLS_PER_PROMPT = 1 + 2 * STUDENTS

/**
 * Writes an RSE spec of about `calls` calls into `folder`: one prompt set, a reference, four
 * students and a judge on `baseUrl`, at most `inFlight` requests at once in total (the server cap,
 * shared by all six models). Returns the spec's path and the number of prompts.
 */
export function writeScaleSpec(folder: string, baseUrl: string, calls: number, inFlight: number): { spec: string; prompts: number } {
  const prompts = Math.ceil(calls / CALLS_PER_PROMPT)
  const rows = Array.from({ length: prompts }, (_, i) => `${i + 1},"Scale prompt ${i + 1}: explain topic ${i * 7919} briefly."`)
  writeFileSync(join(folder, 'prompts.csv'), `id,prompt\n${rows.join('\n')}\n`)
  const model = (id: string) => ({ provider: 'custom', baseURL: `${baseUrl}/v1`, model: id, limits: { maxConcurrent: 256 } })
  const students = Array.from({ length: STUDENTS }, (_, i) => `s${i + 1}`)
  const spec = {
    kind: 'rse',
    models: {
      ref: model('sim-reference'),
      judge: model('sim-judge'),
      ...Object.fromEntries(students.map((alias, i) => [alias, model(`sim-student-0.${2 * (i + 1)}`)])),
    },
    reference: 'ref',
    students,
    judge: 'judge',
    promptSets: [{ name: 'scale', file: 'prompts.csv' }],
    concurrency: inFlight,
    endpoints: { [baseUrl]: { maxConcurrent: inFlight } },
  }
  writeFileSync(join(folder, 'spec.json'), JSON.stringify(spec))
  return { spec: join(folder, 'spec.json'), prompts }
}

/**
 * Runs the command line as `npx distillscope` runs it: the file itself, through its shebang and the
 * heap settings there, with this Node first on PATH. A probe rides along in NODE_OPTIONS and reports
 * the command's own peak memory, CPU time and event-loop delay. Output is dropped (progress lines
 * would drown a table); the end of stderr is kept for a failure.
 */
export function runMeasuredCli(args: readonly string[]): Promise<{ code: number | null; stderrTail: string; probe?: Probe }> {
  const probeFile = join(mkdtempSync(join(tmpdir(), 'distillscope-probe-')), 'probe.json')
  const env = {
    ...process.env,
    PROBE_TO: probeFile,
    NODE_OPTIONS: `--import ${pathToFileURL(resolve('test/bench/child-probe.mjs')).href}`,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  }
  return new Promise((resolveRun, reject) => {
    const child = spawn(CLI, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderrTail = ''
    child.stderr.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString()).slice(-2000)))
    child.once('error', reject)
    child.once('close', (code) => {
      let probe: Probe | undefined
      try {
        probe = JSON.parse(readFileSync(probeFile, 'utf8')) as Probe
      } catch {
        probe = undefined
      }
      resolveRun({ code, stderrTail, ...(probe ? { probe } : {}) })
    })
  })
}
