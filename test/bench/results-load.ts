import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createServices, type Services } from '../../src/main/compose-services'
import { silentLogger } from '../../src/main/core/log'
import { createSimulator } from '../../src/main/providers/simulator'
import { runSpecSchema } from '../../src/shared/contract'
import { CALLS_PER_PROMPT, writeScaleSpec } from '../support/measured-cli'

/**
 * Results under load (issue 17 items 2-3), in process, against the in-process simulator: an RSE run
 * of about `calls` calls whose results are requested every 500 ms while it runs (the worst
 * event-loop delay then, and the longest synchronous slice of results work), then the time to open
 * the finished run's results (computed, then kept, then after the app is reopened) and its first and
 * last item pages. Called from scale.ts; `npm run bench -- --scale --quick` for a small one.
 */

export async function resultsLoad(calls: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'distillscope-results-'))
  const simulator = await createSimulator({ port: 0 })
  const slices: number[] = []
  const open = () =>
    createServices({
      dataDir: join(folder, 'data'),
      log: silentLogger,
      env: {},
      startSimulator: async () => ({ url: simulator.url, close: async () => {} }),
      resultsSlices: { onSlice: (ms) => slices.push(ms) },
    })
  let services: Services | undefined
  try {
    const { spec: specFile, prompts } = writeScaleSpec(folder, simulator.url, calls, 64)
    const spec = runSpecSchema.parse(JSON.parse(readFileSync(specFile, 'utf8')))
    services = open()
    const run = await services.runs.startChecked(spec, folder)
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    let requests = 0
    const started = services
    const poll = setInterval(() => {
      requests++
      started.results.rseResults(run.id).catch(() => undefined)
    }, 500)
    const ended = await services.runs.manager.settled(run.id)
    clearInterval(poll)
    delay.disable()
    if (ended.status !== 'completed') throw new Error(`the run ended ${ended.status}`)
    const duringSlice = Math.max(0, ...slices)
    console.log(
      `results while running (${prompts * CALLS_PER_PROMPT} calls, requested every 500 ms, ${requests} requests): worst event-loop delay ${(delay.max / 1e6).toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms); longest results slice ${duringSlice.toFixed(1)} ms`,
    )
    const time = async <T>(work: () => T | Promise<T>) => {
      const start = performance.now()
      await work()
      return performance.now() - start
    }
    const computed = await time(() => started.results.rseResults(run.id))
    const kept = await time(() => started.results.rseResults(run.id))
    await services.close()
    services = open()
    const reopened = services
    const stored = await time(() => reopened.results.rseResults(run.id))
    const total = reopened.results.rseItems(run.id, { onlyFailed: false, offset: 0, limit: 50 }).total
    const firstPage = await time(() => reopened.results.rseItems(run.id, { onlyFailed: false, offset: 0, limit: 50 }))
    const lastPage = await time(() => reopened.results.rseItems(run.id, { onlyFailed: false, offset: total - 50, limit: 50 }))
    const failedPage = await time(() => reopened.results.rseItems(run.id, { onlyFailed: true, offset: 0, limit: 50 }))
    console.log(
      `finished run, open results: ${computed.toFixed(0)} ms computed (longest slice ${Math.max(...slices).toFixed(1)} ms), ${kept.toFixed(1)} ms kept, ${stored.toFixed(1)} ms after reopening; item pages of ${total} rows: first ${firstPage.toFixed(1)} ms, last ${lastPage.toFixed(1)} ms, only failed ${failedPage.toFixed(1)} ms`,
    )
  } finally {
    await services?.close()
    await simulator.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** On its own: `node tools/run-ts.mjs test/bench/results-load.ts [--calls=N]` (20,000 by default). */
export async function main(): Promise<number> {
  const asked = process.argv.find((arg) => arg.startsWith('--calls='))
  await resultsLoad(asked ? Number(asked.slice('--calls='.length)) : 20_000)
  return 0
}
