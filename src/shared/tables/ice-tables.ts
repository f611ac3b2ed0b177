import type { IceResults, IceScoreSet } from '../contract/ice-results'
import { ICE_CATEGORIES, ICE_LANGUAGES, MUTATOR_NAMES } from '../ice/names'
import type { SourceRun } from '../figures/run-labels'
import { iceModelsFrom } from '../figures/sources'
import { paperIceModels } from '../figures/paper-overlay'
import { iceIntervalNote } from '../figures/interval-note'
import { number, text, type Cell, type Column, type Table, type TableRow } from './table'

const MEASURES = ['loose', 'strict', 'hard'] as const

const measureColumns = (first: Column): Column[] => [
  first,
  ...MEASURES.map((measure): Column => ({ key: measure, label: measure, best: 'max' })),
  { key: 'rows', label: 'Rows' },
]

function scoreCells(scores: IceScoreSet): Cell[] {
  return [
    ...MEASURES.map((measure) =>
      number(scores[measure].rate, 3, { low: scores[measure].low, high: scores[measure].high, n: scores[measure].n, ciMethod: scores[measure].ciMethod }),
    ),
    number(scores.rows, 0),
  ]
}

const RATE_NOTE =
  'Share of attack rows judged a contradiction (loose), a claim to be an OpenAI or Anthropic model (strict), and strict without the template naming one (hard). Bold: highest measured value in its column.'

/**
 * ICE per model (one row per ICE run), optionally with the paper's published rates. A model with
 * several runs is labelled by what tells them apart (see iceModelsFrom), by run name when `known`.
 */
export function iceTable(runs: readonly IceResults[], paperOverlay: boolean, known?: readonly SourceRun[]): Table {
  const rows: TableRow[] = iceModelsFrom(runs, known).map((model) => ({ cells: [text(model.label), ...scoreCells(model.scores)] }))
  const published: TableRow[] = paperOverlay
    ? paperIceModels().map((row) => ({
        published: true,
        cells: [text(`${row.model} (paper)`), number(row.loose, 2), number(row.strict, 2), number(row.hard, 2), number(1000, 0)],
      }))
    : []
  return {
    name: 'ice',
    title: 'ICE per model',
    columns: measureColumns({ key: 'model', label: 'Model' }),
    rows: [...rows, ...published],
    notes: [
      RATE_NOTE,
      iceIntervalNote(runs.map((run) => run.scores)),
      ...judgesNote(runs),
      ...(paperOverlay ? ['Rows marked (paper) are as published by Lee et al. (2025), judge gpt-4o-mini, to two decimals.'] : []),
    ],
  }
}

/** Judges differ in what they call a contradiction, so rates from different judges are not like for like. */
function judgesNote(runs: readonly IceResults[]): string[] {
  // A panel is named by all of its judges: a panel and its first judge alone are not like for like.
  const judges = [...new Set(runs.map((run) => (run.judges ?? [run.judge]).map((judge) => judge.model).join(' + ')))]
  return judges.length > 1 ? [`The runs were judged by different models (${judges.join(', ')}); judges differ in what they call a contradiction.`] : []
}

export type IceBreakdownTable = 'category' | 'language' | 'mutator'

const KNOWN: Readonly<Record<IceBreakdownTable, readonly string[]>> = { category: ICE_CATEGORIES, language: ICE_LANGUAGES, mutator: MUTATOR_NAMES }

/** One ICE run's rates per question category, question language or mutator. */
export function iceBreakdownTable(run: IceResults, breakdown: IceBreakdownTable): Table {
  const groups = breakdown === 'category' ? run.byCategory : breakdown === 'language' ? run.byLanguage : run.byMutator
  const present = Object.keys(groups)
  const keys = [...KNOWN[breakdown].filter((key) => present.includes(key)), ...present.filter((key) => !KNOWN[breakdown].includes(key)).sort()]
  const label = breakdown[0]!.toUpperCase() + breakdown.slice(1)
  return {
    name: `ice-${breakdown}`,
    title: `ICE per ${breakdown}: ${run.target.model}`,
    columns: measureColumns({ key: breakdown, label }),
    rows: keys.map((key) => ({ cells: [text(key), ...scoreCells(groups[key]!)] })),
    notes: [RATE_NOTE, iceIntervalNote(keys.map((key) => groups[key]!))],
  }
}
