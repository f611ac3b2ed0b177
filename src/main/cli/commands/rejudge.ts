import { Command } from 'commander'
import { COMMAND_SUMMARIES } from '../command-index'
import { AppError } from '../../../shared/contract/errors'
import type { JudgesFile } from '../../../shared/contract/judges-file'
import { exitCodeOf } from '../../../shared/contract/run-outcomes'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { dataDirOption } from '../options'
import { openServicesForCommand } from '../open-services'
import { readJudgesFile } from '../read-judges-file'
import { followAndReport } from './run'

/**
 * `distillscope rejudge RUN_ID --judges JUDGES.json` (issue 13 item 3): a finished run's stored
 * answers judged again by these judges, as a new run linked to it; only judge calls are sent. The
 * report is `run`'s, and `--json` adds `"rejudgeOf"`. Asked again, it resumes the same re-judge.
 */
export function rejudgeCommand(setExitCode: (code: number) => void): Command {
  return new Command('rejudge')
    .description(COMMAND_SUMMARIES.rejudge.summary)
    .argument('<run-id>', 'the finished run whose answers are judged again')
    .requiredOption('--judges <file>', 'JUDGES.json: {"models": {...as in a spec...}, "judges": ["j1", ...]}')
    .addOption(dataDirOption())
    .option('--json', 'print the results as one JSON object, as run --json does, with "rejudgeOf"')
    .action(async (runId: string, options: { judges: string; dataDir?: string; json?: boolean }) => {
      const judges = readJudgesForCommand(options.judges)
      if (judges === undefined) return setExitCode(exitCodeOf('refused'))
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), createStderrLogger())
      try {
        let started: Awaited<ReturnType<typeof services.rejudge.rejudgeOrResume>>
        try {
          started = await services.rejudge.rejudgeOrResume(runId, judges)
        } catch (error) {
          if (!(error instanceof AppError)) throw error
          process.stderr.write(`${error.message}\n`)
          return setExitCode(exitCodeOf('refused'))
        }
        const { run } = started
        if (started.resumed) process.stderr.write(`Resuming re-judge run ${run.id}: only what is missing will be sent.\n`)
        else if (!started.alreadyComplete) process.stderr.write(`Re-judging ${runId} as run ${run.id}: only judge calls are sent.\n`)
        setExitCode(
          await followAndReport(services, run, { alreadyComplete: started.alreadyComplete, json: options.json ?? false, extraJson: { rejudgeOf: runId } }),
        )
      } finally {
        await services.close()
      }
    })
}

/** JUDGES.json, or undefined after saying on stderr why it cannot be used (the file and each field). */
function readJudgesForCommand(path: string): JudgesFile | undefined {
  try {
    return readJudgesFile(path)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return undefined
  }
}
