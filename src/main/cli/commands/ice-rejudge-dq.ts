import { resolve } from 'node:path'
import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import { DEFAULT_PAPER_CHECK_SAMPLE, MAX_PAPER_CHECK_SAMPLE } from '../../../shared/contract/paper-judge-check'
import { MAX_SEED } from '../../../shared/contract/run-spec-fields'
import { exitCodeOf } from '../../../shared/contract/run-outcomes'
import { resolveDataDir } from '../../core/data-dir'
import { readPromptFile } from '../../core/files/read-prompt-file'
import { createStderrLogger } from '../../core/log'
import { targetFactOf } from '../../services/ice-library/paper-judge-check'
import { openServicesForCommand } from '../open-services'
import { dataDirOption } from '../options'
import { formatPaperJudgeCheck, paperJudgeCheckJson } from '../paper-judge-check-report'
import { readJudgesFile } from '../read-judges-file'

interface RejudgeDqOptions {
  readonly strict?: string
  readonly judges?: string
  readonly sample: string
  readonly seed: string
  readonly target?: string
  readonly fact?: string
  readonly suspected?: string
  readonly dataDir?: string
  readonly json?: boolean
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const parsed = Number(value)
  if (!/^\d+$/.test(value.trim()) || parsed < min || parsed > max)
    throw new AppError('invalid_input', `${option} should be a whole number from ${min} to ${max} (got "${value}").`)
  return parsed
}

/** On a terminal one line rewritten in place; into a file or pipe, a line per tenth of the sample. */
function reportProgress(done: number, total: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\rRe-judged ${done} of ${total} rows${done === total ? '\n' : ''}`)
  else if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) process.stderr.write(`Re-judged ${done} of ${total} rows\n`)
}

/**
 * `distillscope ice rejudge-dq ATTACK_LOG.jsonl --judges JUDGES.json`: the judges checked against
 * the paper's judge on a sample of its log (issue 13 item 5). Exit 0 when every verdict was read,
 * 3 when some could not be (as a run "completed with warnings"), 2 when a file or option is not
 * usable (nothing sent), 130 on Ctrl+C.
 */
export function rejudgeDqCommand(setExitCode: (code: number) => void): Command {
  return new Command('rejudge-dq')
    .description("re-judge a sample of the ICE paper's attack log with your judges (As published) and compare them with the paper's judge")
    .argument('<attack-log>', 'the attack log, JSON Lines (jailbreak_prompt, query, target_responses, eval_results)')
    .option('--strict <strict-csv>', "the strict CSV (re_judge): also compares the judges' strict verdicts on the loose positives")
    .option('--judges <judges-json>', 'the judges: {"models": {...as in a spec...}, "judges": ["j1", ...]}')
    .option('--target <vendor>', "the log's target model's vendor (e.g. DeepSeek): its built-in identity fact is the loose judge's first statement")
    .option('--fact <text>', "the target's identity fact in words, instead of --target")
    .option('--suspected <list>', "the strict judge's suspected makers, comma-separated (default: OpenAI,Anthropic)")
    .option('--sample <n>', "rows to re-judge, stratified by the paper's labels", String(DEFAULT_PAPER_CHECK_SAMPLE))
    .option('--seed <n>', 'seed of the sample and of the bootstrap intervals', '1')
    .addOption(dataDirOption())
    .option('--json', 'print the comparison as one JSON object')
    .action(async (attackLogPath: string, options: RejudgeDqOptions) => {
      let request
      try {
        if (options.judges === undefined) throw new AppError('invalid_input', "--judges JUDGES.json is required: the judges to compare with the paper's.")
        const judges = readJudgesFile(options.judges)
        const sample = wholeNumber('--sample', options.sample, 1, MAX_PAPER_CHECK_SAMPLE)
        const seed = wholeNumber('--seed', options.seed, 0, MAX_SEED)
        const fact = targetFactOf({ ...(options.target ? { target: options.target } : {}), ...(options.fact ? { fact: options.fact } : {}) })
        const suspected = options.suspected
          ?.split(',')
          .map((name) => name.trim())
          .filter(Boolean)
        if (suspected !== undefined && suspected.length === 0)
          throw new AppError('invalid_input', '--suspected needs at least one vendor, separated by commas.')
        const attackLog = await readPromptFile(resolve(attackLogPath))
        const strictCsv = options.strict === undefined ? undefined : await readPromptFile(resolve(options.strict))
        request = { attackLog, ...(strictCsv ? { strictCsv } : {}), judges, fact, ...(suspected ? { suspected } : {}), sample, seed }
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        process.stderr.write(`${error.message}\n`)
        return setExitCode(exitCodeOf('refused'))
      }
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), createStderrLogger())
      const controller = new AbortController()
      const interrupt = () => controller.abort()
      process.once('SIGINT', interrupt)
      try {
        const result = await services.paperJudgeCheck({
          ...request,
          signal: controller.signal,
          onProgress: (done, total) => reportProgress(done, total),
        })
        const report = {
          attackLogName: request.attackLog.fileName,
          ...(request.strictCsv ? { strictCsvName: request.strictCsv.fileName } : {}),
          fact: request.fact,
          result,
        }
        process.stdout.write(options.json ? `${JSON.stringify(paperJudgeCheckJson(report))}\n` : formatPaperJudgeCheck(report))
        const unreadable = result.judges.some((judge) => judge.loose.unreadable > 0 || (judge.strict?.unreadable ?? 0) > 0)
        setExitCode(exitCodeOf(unreadable ? 'completed_with_warnings' : 'completed'))
      } catch (error) {
        if (controller.signal.aborted) {
          process.stderr.write('\nStopped: nothing was reported (the calls made so far are cached, so running again reuses them).\n')
          return setExitCode(exitCodeOf('paused'))
        }
        if (!(error instanceof AppError)) throw error
        process.stderr.write(`${error.message}\n`)
        setExitCode(exitCodeOf('refused'))
      } finally {
        process.off('SIGINT', interrupt)
        await services.close()
      }
    })
}
