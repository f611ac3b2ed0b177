/**
 * Every command's name, arguments and one-line summary, and nothing heavier. `distillscope --help`
 * and `--version` are answered from this table alone, so they start in a fraction of the time a
 * command that opens the database or draws a figure needs (issue 17 item 6); each command's module
 * is loaded only when that command runs.
 */
export const COMMAND_SUMMARIES = {
  doctor: { args: '', summary: 'check the data folder, the database and its migrations (changes nothing)' },
  web: { args: '', summary: 'run Distillscope in your browser: serves the app on 127.0.0.1 behind a private link' },
  simulator: { args: '', summary: 'run the SIMULATED provider (Offline demo): fake OpenAI- and Anthropic-compatible models on 127.0.0.1, no real LLM' },
  run: { args: '<spec>', summary: 'run an evaluation described by a spec file (see docs/spec.md); run it again to resume' },
  rejudge: { args: '<run-id>', summary: "judge a finished run's stored answers again with other judges (--judges JUDGES.json), as a new linked run" },
  'judge-check': { args: '<spec>', summary: 'check every judge of the spec on canned cases with known answers before a run spends anything' },
  ice: { args: '', summary: "ICE (identity consistency) tools: score the paper's logs, check judges against the paper's judge" },
  export: { args: '<run-ids...>', summary: 'export figures (PNG, SVG, PDF) and tables (CSV, JSON, Markdown, LaTeX) of one or more runs' },
  import: { args: '<package>', summary: 'import a paper package (a zip exported by Distillscope) as a new run; no model is called' },
} as const

export type CommandName = keyof typeof COMMAND_SUMMARIES

export const COMMAND_NAMES = Object.keys(COMMAND_SUMMARIES) as CommandName[]

export function isCommandName(value: string | undefined): value is CommandName {
  return value !== undefined && Object.hasOwn(COMMAND_SUMMARIES, value)
}

/**
 * The command a command line asks for: its first word that is not an option (`help run` asks for
 * `run`). The top level takes no option with a value, so the first bare word is the command.
 */
export function requestedCommand(args: readonly string[]): CommandName | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'))
  const first = words[0] === 'help' ? words[1] : words[0]
  return isCommandName(first) ? first : undefined
}
