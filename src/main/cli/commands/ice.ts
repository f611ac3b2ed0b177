import { resolve } from 'node:path'
import { COMMAND_SUMMARIES } from '../command-index'
import { rejudgeDqCommand } from './ice-rejudge-dq'
import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import { DEFAULT_HARD_KEYWORDS } from '../../../shared/ice/names'
import { readPromptFile } from '../../core/files/read-prompt-file'
import { scorePaperLog } from '../../services/ice-library/paper-log'
import { looseDifferences } from '../../core/evaluators/ice/paper-log/loose-differences'
import { formatLooseDifferences, formatPaperLogReport, paperLogJson, paperLogsJson } from '../paper-log-report'

/** The limits of the app's own route (ice.paperLog.score), so both ways in accept the same lists. */
const MAX_KEYWORDS = 50
const MAX_KEYWORD_LENGTH = 80

/** `a, b,,c` to ['a', 'b', 'c']; an empty or oversized list is a usage error. */
function parseKeywords(value: string): string[] {
  const keywords = value
    .split(',')
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '')
  if (keywords.length === 0)
    throw new AppError('invalid_input', '--keywords needs at least one keyword, separated by commas (for example gpt,openai,claude,anthropic).')
  if (keywords.length > MAX_KEYWORDS) throw new AppError('invalid_input', `--keywords takes at most ${MAX_KEYWORDS} keywords.`)
  const long = keywords.find((keyword) => keyword.length > MAX_KEYWORD_LENGTH)
  if (long) throw new AppError('invalid_input', `The keyword "${long.slice(0, 20)}..." is longer than ${MAX_KEYWORD_LENGTH} characters.`)
  return keywords
}

interface ImportDqOptions {
  readonly strict?: string
  readonly keywords?: string
  readonly json?: boolean
}

/** Exit codes: 0 scored, 2 a file that cannot be read or is not in the paper's format (the message names it and the line). */
function importDqCommand(setExitCode: (code: number) => void): Command {
  return new Command('import-dq')
    .description("score the ICE paper's published logs (attack log JSON Lines, optional strict CSV) with no model call")
    .argument(
      '<attack-logs...>',
      'the attack log, JSON Lines (jailbreak_prompt, query, target_responses, eval_results); several logs add a table of their pairwise loose differences',
    )
    .option('--strict <strict-csv>', 'the strict CSV (the loose-positive columns plus re_judge); gives strict and hard (one attack log only)')
    .option('--keywords <list>', `hard's keywords, comma-separated (default: ${DEFAULT_HARD_KEYWORDS.join(',')})`)
    .option('--json', 'print the scores as one JSON object')
    .action(async (attackLogPaths: string[], options: ImportDqOptions) => {
      try {
        const keywords = options.keywords === undefined ? [...DEFAULT_HARD_KEYWORDS] : parseKeywords(options.keywords)
        if (attackLogPaths.length > 1 && options.strict !== undefined)
          throw new AppError('invalid_input', '--strict goes with one attack log; give several logs without it to compare their loose rates.')
        // Relative paths are the shell's: resolved against the folder the command runs in.
        const strictCsv = options.strict === undefined ? undefined : await readPromptFile(resolve(options.strict))
        const reports = []
        for (const path of attackLogPaths) {
          const attackLog = await readPromptFile(resolve(path))
          const scored = scorePaperLog({ attackLog, ...(strictCsv ? { strictCsv } : {}), keywords })
          // Several logs are often files of the same name in different folders: name them by the path given.
          const attackLogName = attackLogPaths.length > 1 ? path : attackLog.fileName
          reports.push({ attackLogName, ...(strictCsv ? { strictCsvName: strictCsv.fileName } : {}), keywords, scored })
        }
        const [only] = reports
        if (reports.length === 1 && only) {
          process.stdout.write(options.json ? `${JSON.stringify(paperLogJson(only))}\n` : formatPaperLogReport(only))
        } else {
          const pairs = looseDifferences(reports.map((report) => ({ name: report.attackLogName, rows: report.scored.rows })))
          process.stdout.write(
            options.json
              ? `${JSON.stringify(paperLogsJson(reports, pairs))}\n`
              : [...reports.map(formatPaperLogReport), formatLooseDifferences(pairs)].join('\n'),
          )
        }
        setExitCode(0)
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        process.stderr.write(`${error.message}\n`)
        setExitCode(2)
      }
    })
}

export function iceCommand(setExitCode: (code: number) => void): Command {
  return new Command('ice').description(COMMAND_SUMMARIES.ice.summary).addCommand(importDqCommand(setExitCode)).addCommand(rejudgeDqCommand(setExitCode))
}
