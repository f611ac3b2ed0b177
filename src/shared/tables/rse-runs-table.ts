import type { RseResults, RseStudentResult } from '../contract/results'
import { runLabels, type SourceRun } from '../figures/run-labels'
import { number, text, type Column, type Table, type TableRow } from './table'

/**
 * Several RSE runs side by side (two judges, two dates, two samples of the same sets): one row per
 * student model, one column per run, each cell the student's Avg with its bootstrap 95% interval
 * and the items it was computed over (METHOD.md 1.4). Students are matched across runs by model
 * name, as a person reading two tables would; a student absent from a run has an empty cell.
 * `known` names and dates the runs (results carry only their ids); without it, ids label them.
 */
/** The longest run label a column heading takes as it is (issue 18 item 4). */
const SHORT_LABEL_MAX = 36

export function rseRunsTable(runs: readonly RseResults[], known?: readonly SourceRun[]): Table {
  const distinct = uniqueRuns(runs)
  const labels = runLabels(
    distinct.map((run) => run.runId),
    known,
  )
  const judgesDiffer = differs(distinct, (run) => run.judge.model)
  // Run names ("RSE: a, b vs c") make columns too wide to print: short labels, full names in a note.
  const shortLabels = labels.some((label) => label.length > SHORT_LABEL_MAX)
  const columns: Column[] = [
    { key: 'model', label: 'Model' },
    ...distinct.map((run, index): Column => ({
      key: run.runId,
      label: shortLabels ? `Run ${index + 1}` : labels[index]!,
      ...(judgesDiffer ? { group: `judge ${run.judge.model}` } : {}),
      best: 'max',
    })),
  ]
  const byRun = distinct.map(studentsByKey)
  const keys = [...new Set(byRun.flatMap((students) => [...students.keys()]))]
  const rows: TableRow[] = keys.map((key) => ({
    cells: [
      text(key),
      ...byRun.map((students) => {
        const student = students.get(key)
        // Absent from the run: no n, so the cell reads as empty rather than "nothing scored".
        return student ? number(student.avg, 3, { low: student.avgCi?.low, high: student.avgCi?.high, n: scoredItems(student) }) : number(null, 3)
      }),
    ],
  }))
  const missing = byRun.some((students) => keys.some((key) => !students.has(key)))
  return {
    name: 'rse-runs',
    title: `RSE Avg across ${distinct.length} runs${commonSetup(distinct)}`,
    columns,
    rows,
    notes: [
      'Avg per student: the unweighted mean of its prompt-set means (1-5) with its bootstrap 95% interval; n is the items scored over every set. One column per run. Bold: highest measured value in its column.',
      ...(missing ? ['An empty cell: the student was not in that run.'] : []),
      ...(shortLabels ? [`Runs: ${labels.map((label, index) => `Run ${index + 1} = ${label}`).join('; ')}.`] : []),
      ...differences(distinct, labels),
    ],
  }
}

/** A run given twice is one run. */
function uniqueRuns(runs: readonly RseResults[]): RseResults[] {
  return runs.filter((run, index) => runs.findIndex((other) => other.runId === run.runId) === index)
}

/**
 * A run's students by the key that matches them across runs: the model name, or "model (alias)"
 * for a model that is a student twice in the same run (two temperatures, say), which a name alone
 * could not tell apart.
 */
function studentsByKey(run: RseResults): Map<string, RseStudentResult> {
  const twice = (model: string) => run.students.filter((student) => student.model === model).length > 1
  return new Map(run.students.map((student) => [twice(student.model) ? `${student.model} (${student.alias})` : student.model, student]))
}

const scoredItems = (student: RseStudentResult) => student.sets.reduce((sum, set) => sum + set.n, 0)

const setsOf = (run: RseResults) => run.sets.join(', ')
/** The same sets in another order are the same sets. */
const setsKey = (run: RseResults) => [...run.sets].sort().join('\u0000')

function differs(runs: readonly RseResults[], value: (run: RseResults) => string): boolean {
  return new Set(runs.map(value)).size > 1
}

/** What every run shares, for the title: " against REF (judge J)", or the part of it that is common. */
function commonSetup(runs: readonly RseResults[]): string {
  const reference = differs(runs, (run) => run.reference.model) ? '' : ` against ${runs[0]!.reference.model}`
  const judge = differs(runs, (run) => run.judge.model) ? '' : ` (judge ${runs[0]!.judge.model})`
  return `${reference}${judge}`
}

/** One note per thing that differs between the runs and changes what their numbers mean. */
function differences(runs: readonly RseResults[], labels: readonly string[]): string[] {
  const each = (value: (run: RseResults) => string) => runs.map((run, index) => `${labels[index]}: ${value(run)}`).join('; ')
  const notes: string[] = []
  if (differs(runs, (run) => run.reference.model))
    notes.push(`The references differ (${each((run) => run.reference.model)}): each column measures similarity to a different model.`)
  if (differs(runs, (run) => run.judge.model))
    notes.push(`The judges differ (${each((run) => run.judge.model)}): judges score differently, so a difference between these columns may be the judge's.`)
  if (differs(runs, setsKey)) notes.push(`The prompt sets differ (${each(setsOf)}): each Avg is over its own run's sets.`)
  if (notes.length === 0) notes.push('Every run has the same reference, judge and prompt set names; the prompts drawn and the answers may still differ.')
  return notes
}
