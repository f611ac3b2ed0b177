import { panelOf, type RsePositionCheck, type RseResults } from '../contract/results'
import { POSITION_METHOD, positionFlagText } from './rse-check-words'
import { number, text, type Column, type Table } from './table'

/**
 * Issue 16 item 3: per judge, how much its score moves when the two answers swap places, with a
 * bootstrap 95% interval, and whether that interval excludes 0 (the judge favours one position).
 */
export function rsePositionTable(results: RseResults, positionCheck: RsePositionCheck): Table {
  const judges = panelOf(results)
  const model = (alias: string) => judges.find((judge) => judge.alias === alias)?.model ?? alias
  const columns: Column[] = [
    { key: 'judge', label: 'Judge' },
    { key: 'items', label: 'Items' },
    { key: 'shift', label: 'Mean shift' },
    { key: 'flag', label: 'Position' },
  ]
  return {
    name: 'rse-position',
    title: `RSE position check against ${results.reference.model}`,
    columns,
    rows: positionCheck.judges.map((judge) => ({
      cells: [
        text(model(judge.judge)),
        number(judge.items, 0),
        number(judge.meanShift, 3, { low: judge.ci?.low, high: judge.ci?.high }),
        text(positionFlagText(judge.flagged)),
      ],
    })),
    notes: [POSITION_METHOD, 'Shift on the 1-5 scale; a positive shift means the swapped order scored higher.'],
  }
}
