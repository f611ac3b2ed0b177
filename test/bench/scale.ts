import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CALLS_PER_PROMPT, CLI, runMeasuredCli, writeScaleSpec, type Probe } from '../support/measured-cli'

import { resultsLoad } from './results-load'

/**
 * `npm run bench -- --scale` (issue 17 item 4): `distillscope run` as a user runs it, in its own
 * process, against the simulator in another, at 10k, 50k and 100k calls with no latency (the
 * engine's own cost: wall time, calls/s, CPU per call, peak memory) and one run at 100 ms latency
 * (the ratio to the ideal and the worst event-loop delay). One line per size, so a regression shows
 * at a glance. Ratios and per-call figures only: absolute times vary from machine to machine.
 */
interface Measured {
  readonly calls: number
  readonly wallMs: number
  readonly probe: Probe
  /** From the command's start to the first request the simulator saw, and from the last one to the command's exit. */
  readonly startMs: number
  readonly endMs: number
}

export async function main(): Promise<number> {
  if (!existsSync(CLI)) {
    console.error('Build the app first: npm run build')
    return 2
  }
  const sizes = process.argv.includes('--quick') ? [2_000] : [10_000, 50_000, 100_000]
  console.log('zero latency: calls | wall s | calls/s | CPU ms per call | peak RSS MB')
  const zero: Measured[] = []
  for (const calls of sizes) {
    const measured = await measure(calls, 0, 64)
    zero.push(measured)
    console.log(
      `${String(measured.calls).padStart(7)} | ${(measured.wallMs / 1000).toFixed(1).padStart(6)} | ${Math.round((measured.calls * 1000) / measured.wallMs)
        .toString()
        .padStart(8)} | ${(measured.probe.cpuMs / measured.calls).toFixed(3).padStart(15)} | ${Math.round(measured.probe.maxRssBytes / 2 ** 20)}`,
    )
  }
  if (zero.length > 1) {
    const rate = (m: Measured) => m.calls / m.wallMs
    console.log(`calls/s at ${zero.at(-1)!.calls} relative to ${zero[0]!.calls}: ${(rate(zero.at(-1)!) / rate(zero[0]!)).toFixed(2)} (flat: about 1)`)
  }
  const latencyMs = 100
  const inFlight = 64
  const slow = await measure(4_500, latencyMs, inFlight)
  const idealMs = (slow.calls * latencyMs) / inFlight
  console.log(
    `100 ms latency, 4,500 calls, ${inFlight} in flight in total: ${(slow.wallMs / idealMs).toFixed(2)}x the ideal; CPU ${(slow.probe.cpuMs / slow.calls).toFixed(3)} ms per call; worst event-loop delay ${slow.probe.loopDelayMaxMs.toFixed(0)} ms (p99 ${slow.probe.loopDelayP99Ms.toFixed(0)} ms); fixed costs: first request ${Math.round(slow.startMs)} ms after start, exit ${Math.round(slow.endMs)} ms after the last`,
  )
  await resultsLoad(process.argv.includes('--quick') ? 2_000 : 20_000)
  return 0
}

/**
 * One RSE run of about `calls` calls: one prompt set, a reference, four students and a judge, with
 * at most `inFlight` requests at once in total (the server cap, shared by all six models).
 */
async function measure(calls: number, latencyMs: number, inFlight: number): Promise<Measured> {
  const folder = mkdtempSync(join(tmpdir(), 'distillscope-scale-'))
  const simulator = await startSimulator(latencyMs)
  try {
    const { spec, prompts } = writeScaleSpec(folder, simulator.url, calls, inFlight)
    const started = Date.now()
    const result = await runMeasuredCli(['run', spec, '--data-dir', join(folder, 'data'), '--json'])
    const ended = Date.now()
    if (result.code !== 0 || !result.probe) throw new Error(`distillscope run exited ${result.code}:\n${result.stderrTail}`)
    // Counted on the server: a call served from the cache would flatter every figure.
    const { sent, firstAt, lastAt } = await simulator.sent()
    if (sent !== prompts * CALLS_PER_PROMPT) throw new Error(`expected ${prompts * CALLS_PER_PROMPT} requests, the simulator saw ${sent}`)
    return { calls: sent, wallMs: ended - started, probe: result.probe, startMs: firstAt - started, endMs: ended - lastAt }
  } finally {
    await simulator.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The simulator in a process of its own, so its work is not counted as the engine's. */
interface SimulatorProcess {
  readonly url: string
  /** API requests it received (its log keeps the latest 50,000, numbered from 1), and when the first and last of those kept arrived. */
  sent(): Promise<{ sent: number; firstAt: number; lastAt: number }>
  stop(): Promise<void>
}

function startSimulator(latencyMs: number): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, [CLI, 'simulator', '--port', '0', ...(latencyMs > 0 ? ['--latency', String(latencyMs)] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolveStart, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (!match) return
      const url = match[1]!
      resolveStart({
        url,
        sent: async () => {
          const { entries } = (await (await fetch(`${url}/__sim/log`)).json()) as { entries: { id: number; arrivedAtEpochMs: number }[] }
          return { sent: entries.at(-1)?.id ?? 0, firstAt: entries[0]?.arrivedAtEpochMs ?? Number.NaN, lastAt: entries.at(-1)?.arrivedAtEpochMs ?? Number.NaN }
        },
        stop: () => new Promise((done) => (child.once('close', () => done()), child.kill('SIGTERM'))),
      })
    })
    child.once('error', reject)
    child.once('close', (code) => reject(new Error(`the simulator exited ${code}: ${output}`)))
  })
}
