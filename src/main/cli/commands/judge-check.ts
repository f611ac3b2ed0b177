import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import type { JudgeCheckResult } from '../../../shared/contract/judge-check'
import { exitCodeOf } from '../../../shared/contract/run-outcomes'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { COMMAND_SUMMARIES } from '../command-index'
import { openServicesForCommand } from '../open-services'
import { dataDirOption } from '../options'
import { readSpecForCommand } from '../read-spec'

/**
 * `distillscope judge-check SPEC.json`: the spec's judge on canned cases (issue 11 item 4). Exit 0
 * when every case passed, 3 when any failed or could not be read (as a run "completed with
 * warnings"), 2 when the spec cannot run (nothing sent), 1 when the check could not be made.
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

const MARKS = { pass: 'pass', fail: 'FAIL', unreadable: 'UNREADABLE', 'not-asked': 'NOT ASKED' } as const

/** One line per case, then the failures' replies, then what it cost. */
export function formatJudgeCheck(result: JudgeCheckResult): string {
  const lines = [`Judge check: ${result.judge} (${result.model}), ${result.judging}`, '']
  for (const entry of result.cases) lines.push(`[${MARKS[entry.outcome]}] ${entry.label}: expected ${entry.expected}${entry.got ? `, got ${entry.got}` : ''}`)
  for (const entry of result.cases.filter((candidate) => candidate.outcome !== 'pass')) {
    lines.push('', `${entry.label} (${MARKS[entry.outcome]}):${entry.why ? ` ${entry.why}` : ''}`)
    if (entry.reply) lines.push(...entry.reply.split('\n').map((line) => `  | ${line}`))
  }
  lines.push(
    '',
    `${result.counts.pass} of ${result.cases.length} passed. Sent ${result.sent} calls ($${result.costUsd.toFixed(4)}), ${result.fromCache} answered from the cache.`,
  )
  lines.push(result.passed ? 'The judge answered every case as expected.' : 'Read the replies above before trusting this judge: a run would use it as it is.')
  return `${lines.join('\n')}\n`
}
