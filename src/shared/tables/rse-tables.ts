import { panelOf, type RseResults } from '../contract/results'
import { paperRseRows } from '../figures/paper-overlay'
import { number, text, type Column, type Table, type TableRow } from './table'

const PAPER_NOTE =
  'Rows marked (paper) are as published by Lee et al. (2025), reference GPT4o-0806; only sets with the same name (ArenaHard, NuminaMath, ShareGPT) have their values.'

/**
 * The paper's RSE table for one run: students down, prompt sets and Avg across, each mean with
 * its bootstrap 95% interval and the number of items scored (METHOD.md 1.3-1.4).
 */
export function rseTable(results: RseResults, paperOverlay: boolean): Table {
  const columns: Column[] = [
    { key: 'model', label: 'Model' },
    ...results.sets.map((set): Column => ({ key: set, label: set, best: 'max' })),
    { key: 'avg', label: 'Avg', best: 'max' },
  ]
  // Highest Avg first (issue 18 item 7); students without an Avg last, in the run's order.
  const byAvg = [...results.students].sort((a, b) => (b.avg ?? Number.NEGATIVE_INFINITY) - (a.avg ?? Number.NEGATIVE_INFINITY))
  const rows: TableRow[] = byAvg.map((student) => ({
    cells: [
      text(student.model),
      ...results.sets.map((name) => {
        const set = student.sets.find((candidate) => candidate.name === name)
        return number(set?.mean, 3, { low: set?.ci?.low, high: set?.ci?.high, n: set?.n ?? 0 })
      }),
      number(student.avg, 3, { low: student.avgCi?.low, high: student.avgCi?.high }),
    ],
  }))
  const published: TableRow[] = paperOverlay
    ? paperRseRows().map((row) => ({
        published: true,
        cells: [text(`${row.model} (paper)`), ...results.sets.map((name) => number(row.set(name), 3)), number(row.avg, 3)],
      }))
    : []
  return {
    name: 'rse',
    title: `RSE against ${results.reference.model} (${judgesTitle(results)})`,
    columns,
    rows: [...rows, ...published],
    notes: [
      'Mean overall similarity (1-5) per prompt set with its bootstrap 95% interval; Avg is the unweighted mean of the set means. Students by Avg, highest first. Bold: highest measured value in its column.',
      ...(paperOverlay ? [PAPER_NOTE] : []),
    ],
  }
}

/** "judge gpt-4o", or for a panel (issue 13) "judges gpt-4o, claude-3-5-sonnet: panel mean". */
function judgesTitle(results: RseResults): string {
  const judges = panelOf(results)
  return judges.length === 1 ? `judge ${results.judge.model}` : `judges ${judges.map((judge) => judge.model).join(', ')}: panel mean`
}

const ASPECTS = ['style', 'structure', 'content'] as const

/** The judge's three aspect scores (0-2) per student and set: what the overall score is made of. */
export function rseAspectsTable(results: RseResults): Table {
  const columns: Column[] = [
    { key: 'model', label: 'Model' },
    ...results.sets.flatMap((set) => ASPECTS.map((aspect): Column => ({ key: `${set}.${aspect}`, label: aspect, group: set, best: 'max' }))),
  ]
  // Highest Avg first (issue 18 item 7); students without an Avg last, in the run's order.
  const byAvg = [...results.students].sort((a, b) => (b.avg ?? Number.NEGATIVE_INFINITY) - (a.avg ?? Number.NEGATIVE_INFINITY))
  const rows: TableRow[] = byAvg.map((student) => ({
    cells: [
      text(student.model),
      ...results.sets.flatMap((name) => {
        const set = student.sets.find((candidate) => candidate.name === name)
        return ASPECTS.map((aspect) =>
          number(set?.aspects[aspect], 2, { low: set?.aspectCi?.[aspect]?.low, high: set?.aspectCi?.[aspect]?.high, n: set?.n ?? 0 }),
        )
      }),
    ],
  }))
  return {
    name: 'rse-aspects',
    title: `RSE aspect scores against ${results.reference.model}`,
    columns,
    rows,
    notes: [
      "Mean aspect scores on the judge's 0-2 scale (2 similar, 0 dissimilar): response style, logical structure, content detail, with percentile bootstrap 95% intervals over prompts (seeded). Bold: highest measured value in its column.",
    ],
  }
}
