/**
 * How a run ends, in the same words everywhere (app, command line, docs/spec.md) and with one
 * exit code per outcome for `distillscope run`. Later kinds of outcome (batch mode's "waiting for
 * batches") add a row here, and every surface picks it up.
 */
export const RUN_OUTCOMES = [
  { outcome: 'completed', label: 'completed', when: 'every item scored', exitCode: 0 },
  {
    outcome: 'completed_with_warnings',
    label: 'completed with warnings',
    when: 'finished, but more than 5% of judgements unreadable or any call failed after retries',
    exitCode: 3,
  },
  {
    outcome: 'failed',
    label: 'failed',
    when: 'the run could not finish (e.g. every call of a role failed; in a judge panel, every call of every judge)',
    exitCode: 1,
  },
  { outcome: 'refused', label: 'refused', when: 'the spec, a file, a key or a model is not usable; nothing was spent and no run row exists', exitCode: 2 },
  { outcome: 'paused', label: 'paused', when: 'Ctrl+C or the budget cap', exitCode: 130 },
] as const

export type RunOutcome = (typeof RUN_OUTCOMES)[number]['outcome']

/** Above this share of unreadable judgements a finished run carries a warning (and exits 3). */
export const UNREADABLE_WARNING_SHARE = 0.05

export function exitCodeOf(outcome: RunOutcome): number {
  return RUN_OUTCOMES.find((row) => row.outcome === outcome)!.exitCode
}

export function outcomeLabel(outcome: RunOutcome): string {
  return RUN_OUTCOMES.find((row) => row.outcome === outcome)!.label
}

/** The table as docs/spec.md prints it (a test keeps the two identical). */
export function outcomeTableMarkdown(): string {
  return [
    '| outcome | when | `distillscope run` exit |',
    '|---|---|---|',
    ...RUN_OUTCOMES.map((row) => `| ${row.label} | ${row.when} | ${row.exitCode} |`),
  ].join('\n')
}
