import { SingleBar } from 'cli-progress'
import { COMMAND_SUMMARIES } from '../command-index'
import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import { exitCodeOf, outcomeLabel } from '../../../shared/contract/run-outcomes'
import type { ModelVersions } from '../../../shared/contract/results'
import { isCompletedStatus, type RunProgress } from '../../../shared/contract/runs'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { dataDirOption, waitForStopSignal } from '../options'
import { openServicesForCommand } from '../open-services'
import { readSpecForCommand } from '../read-spec'
import type { RunRow } from '../../core/runs/ports'
import { versionChangeWarnings } from '../../services/runs/model-versions'
import { formatIceTable, iceJson } from '../ice-report'
import { formatRseTable, rseJson } from '../rse-report'

/** Exit codes: the outcome table (src/shared/contract/run-outcomes.ts, docs/spec.md); cancelled runs exit 1 like failed ones. */
export function runCommand(setExitCode: (code: number) => void): Command {
  return new Command('run')
    .description(COMMAND_SUMMARIES.run.summary)
    .argument('<spec>', 'the run spec, a JSON file')
    .addOption(dataDirOption())
    .option('--json', 'print the results as one JSON object')
    .action(async (specPath: string, options: { dataDir?: string; json?: boolean }) => {
      const parsed = readSpecForCommand(specPath)
      if (parsed === undefined) return setExitCode(exitCodeOf('refused'))
      const log = createStderrLogger()
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), log)
      try {
        if (!(await inputsUsable(services, parsed.spec, parsed.baseDir))) return setExitCode(exitCodeOf('refused'))
        // The judge-affinity warnings the wizard and the estimate show (judge-affinity.ts), before anything is sent.
        for (const warning of services.preflight.affinityWarnings(parsed.spec)) process.stderr.write(`Warning: ${warning}\n`)
        setExitCode(await execute(services, parsed.spec, parsed.baseDir, options.json ?? false))
      } finally {
        await services.close()
      }
    })
}

/** A user error in what the spec names: one line, exit 2, before a run row or a prompt set exists. */
async function inputsUsable(
  services: Awaited<ReturnType<typeof openServicesForCommand>>,
  spec: Parameters<typeof services.runs.start>[0],
  baseDir: string,
): Promise<boolean> {
  try {
    await services.preflight.checkInputs(spec, baseDir)
    return true
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    process.stderr.write(`${error.message}\n`)
    return false
  }
}

async function execute(
  services: Awaited<ReturnType<typeof openServicesForCommand>>,
  spec: Parameters<typeof services.runs.start>[0],
  baseDir: string,
  json: boolean,
): Promise<number> {
  const started = services.runs.startOrResume(spec, baseDir)
  const { run } = started
  if (started.retrying) process.stderr.write(`Run ${run.id} finished with failed calls: asking them again; nothing answered is sent again.\n`)
  else if (started.resumed) process.stderr.write(`Resuming run ${run.id}: only what is missing will be sent.\n`)
  return followAndReport(services, run, { alreadyComplete: started.alreadyComplete, json })
}

/**
 * Follows a started run to its end (progress on stderr, Ctrl+C pauses it) and prints its report
 * (`--json`: one object, with `extraJson` added); returns the exit code. Shared with `rejudge`.
 */
export async function followAndReport(
  services: Awaited<ReturnType<typeof openServicesForCommand>>,
  run: RunRow,
  options: { readonly alreadyComplete?: boolean; readonly json: boolean; readonly extraJson?: Readonly<Record<string, unknown>> },
): Promise<number> {
  const { json } = options
  const withExtra = (value: object) => JSON.stringify({ ...value, ...options.extraJson })
  let finished = run
  if (!options.alreadyComplete) {
    const bar = progressBar(run.id, services.events)
    // Ctrl+C pauses the run cleanly: everything answered so far is kept for the next time.
    void waitForStopSignal().then(() => services.runs.manager.isActive(run.id) && services.runs.manager.pause(run.id))
    const ended = await services.runs.manager.settled(run.id)
    bar.stop()
    if (!isCompletedStatus(ended.status)) return reportUnfinished(ended.status, ended.error, run.id)
    finished = ended
  }
  if (finished.status === 'completed_with_warnings') {
    process.stderr.write(`The run ${outcomeLabel('completed_with_warnings')}:\n${(finished.warnings ?? []).map((warning) => `- ${warning}`).join('\n')}\n`)
  }
  // A model whose provider reported another version mid-run is named (issue 15 item 5).
  const warnVersions = (versions: readonly ModelVersions[] | undefined) => {
    for (const warning of versionChangeWarnings(versions ?? [])) process.stderr.write(`${warning}\n`)
  }
  if (run.kind === 'ice') {
    const results = await services.results.iceResults(run.id)
    warnVersions(results.modelVersions)
    process.stdout.write(json ? `${withExtra(iceJson(results))}\n` : formatIceTable(results))
  } else {
    const results = await services.results.rseResults(run.id)
    warnVersions(results.modelVersions)
    process.stdout.write(json ? `${withExtra(rseJson(results))}\n` : formatRseTable(results))
  }
  return exitCodeOf(finished.status === 'completed_with_warnings' ? 'completed_with_warnings' : 'completed')
}

function reportUnfinished(status: string, error: string | undefined, runId: string): number {
  if (status === 'paused') {
    process.stderr.write(`${error ?? 'Paused.'} Run the same command again to resume run ${runId}.\n`)
    return exitCodeOf('paused')
  }
  process.stderr.write(`The run ${status}${error ? `: ${error}` : '.'}\n`)
  return exitCodeOf('failed')
}

/**
 * Below a line's interval, so the reports a stalled run makes every 5 s (progress-tracker) each get
 * their line rather than every other one.
 */
const LINE_EVERY_MS = 4_000

/** A bar on stderr when it is a terminal; otherwise a line every few seconds (logs, CI). */
function progressBar(runId: string, events: { attach(sink: (event: string, payload: unknown) => void): () => void }) {
  const bar = process.stderr.isTTY
    ? // The run's own time left (from the requests it expects to make), not the bar's, which would count to the bound.
      new SingleBar({ format: ' {bar} {value} of at most {total} calls | ${cost} | {left}', stream: process.stderr, hideCursor: true })
    : undefined
  let started = false
  let lastLine = 0
  const detach = events.attach((event, payload) => {
    const progress = payload as RunProgress
    if (event !== 'runs.progress' || progress.runId !== runId) return
    const cost = progress.costUsd.toFixed(4)
    const eta = progress.etaSeconds !== undefined ? `about ${progress.etaSeconds}s left` : ''
    // A stalled provider, said, so a count that does not move is not taken for a hung command.
    const waiting = progress.waiting ? `${progress.waiting.requests} waiting on the provider (longest ${progress.waiting.longestSeconds}s)` : ''
    const left = [eta, waiting].filter(Boolean).join(', ')
    if (bar) {
      if (!started) bar.start(progress.total, progress.done, { cost, left })
      started = true
      bar.setTotal(progress.total)
      bar.update(progress.done, { cost, left })
    } else if (Date.now() - lastLine >= LINE_EVERY_MS || progress.done === progress.total) {
      lastLine = Date.now()
      process.stderr.write(`${progress.done} of at most ${progress.total} calls, $${cost}${left ? `, ${left}` : ''}\n`)
    }
  })
  return {
    stop: () => {
      detach()
      bar?.stop()
    },
  }
}
