import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import { exitCodeOf } from '../../../shared/contract/run-outcomes'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { COMMAND_SUMMARIES } from '../command-index'
import { formatJudgeCheck } from '../judge-check-report'
import { openServicesForCommand } from '../open-services'
import { dataDirOption } from '../options'
import { readSpecForCommand } from '../read-spec'

/**
 * `distillscope judge-check SPEC.json`: every judge of the spec's panel on canned cases (issue 11
 * item 4). Exit 0 when every judge passed every case, 3 when any judge failed a case or could not be
 * read (as a run "completed with warnings"), 2 when the spec cannot run (nothing sent), 1 when the
 * check could not be made.
 */
export function judgeCheckCommand(setExitCode: (code: number) => void): Command {
  return new Command('judge-check')
    .description(COMMAND_SUMMARIES['judge-check'].summary)
    .argument('<spec>', 'the run spec, a JSON file')
    .addOption(dataDirOption())
    .option('--json', 'print the check as one JSON object')
    .action(async (specPath: string, options: { dataDir?: string; json?: boolean }) => {
      const parsed = readSpecForCommand(specPath)
      if (parsed === undefined) return setExitCode(exitCodeOf('refused'))
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), createStderrLogger())
      try {
        const result = await services.preflight.judgeCheck(parsed.spec, parsed.baseDir)
        process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatJudgeCheck(result))
        setExitCode(result.passed ? exitCodeOf('completed') : exitCodeOf('completed_with_warnings'))
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        process.stderr.write(`${error.message}\n`)
        setExitCode(exitCodeOf('refused'))
      } finally {
        await services.close()
      }
    })
}
