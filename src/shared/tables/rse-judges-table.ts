import { panelOf, type RseResults, type RseStudentResult } from '../contract/results'
import { number, text, type Column, type Table } from './table'
import { rseAgreementSentence } from '../judges/agreement-words'

const avgCell = (student: RseStudentResult | undefined) => number(student?.avg, 3, { low: student?.avgCi?.low, high: student?.avgCi?.high })

/**
 * A judge panel's RSE (issue 13): per student the panel's Avg (each item the mean of its judges'
 * readable scores) beside each judge's own Avg, all with bootstrap 95% intervals, so a judge that
 * scores higher or lower than the others, or ranks the students differently, shows.
 */
export function rseJudgesTable(results: RseResults): Table {
  const judges = panelOf(results)
  const perJudge = results.perJudge ?? []
  const model = (alias: string) => judges.find((judge) => judge.alias === alias)?.model ?? alias
  const columns: Column[] = [
    { key: 'model', label: 'Model' },
    { key: 'panel', label: 'Panel Avg', best: 'max' },
    ...perJudge.map((entry): Column => ({ key: `judge.${entry.judge}`, label: `${model(entry.judge)} Avg`, group: 'By judge', best: 'max' })),
  ]
  // Highest panel Avg first, as in the rse table; students without one last, in the run's order.
  const byAvg = [...results.students].sort((a, b) => (b.avg ?? Number.NEGATIVE_INFINITY) - (a.avg ?? Number.NEGATIVE_INFINITY))
  return {
    name: 'rse-judges',
    title: `RSE by judge against ${results.reference.model} (a panel of ${judges.length})`,
    columns,
    rows: byAvg.map((student) => ({
      cells: [text(student.model), avgCell(student), ...perJudge.map((entry) => avgCell(entry.students.find((own) => own.alias === student.alias)))],
    })),
    notes: [
      `Judges: ${judges.map((judge) => `${judge.alias} (${judge.model})`).join(', ')}. Panel Avg: each item's score is the mean of the overall scores of the judges that gave a readable one (an item none scored is failed), then averaged as in the rse table.`,
      "Each judge's Avg is computed the same way from that judge's scores alone. Intervals: bootstrap 95% over prompts (seeded). Bold: highest value in its column.",
      ...(results.agreement ? [rseAgreementSentence(results.agreement)] : []),
    ],
  }
}
