import type { IceRate, IceResults } from '../contract/ice-results'
import { iceIntervalNote } from '../figures/interval-note'
import { number, text, type Cell, type Table } from './table'
import { iceAgreementSentence } from '../judges/agreement-words'

const rateCell = (rate: IceRate): Cell => number(rate.rate, 3, { low: rate.low, high: rate.high, n: rate.n, ciMethod: rate.ciMethod })

/**
 * One ICE run's judge panel (issue 13): each judge's own loose and strict rates with intervals over
 * the rows it judged, then the panel's (the majority) with its splits, which its rates leave out.
 */
export function iceJudgesTable(run: IceResults): Table {
  const perJudge = run.perJudge ?? []
  const model = (alias: string) => run.judges.find((judge) => judge.alias === alias)?.model ?? alias
  const judgeRows = perJudge.map((judge) => ({
    cells: [text(`${judge.judge} (${model(judge.judge)})`), rateCell(judge.loose), rateCell(judge.strict), number(null, 0), number(null, 0)],
  }))
  const { scores } = run
  const panelRow = {
    cells: [text('Panel (majority)'), rateCell(scores.loose), rateCell(scores.strict), number(scores.looseSplits, 0), number(scores.strictSplits, 0)],
  }
  return {
    name: 'ice-judges',
    title: `ICE per judge: ${run.target.model}`,
    columns: [
      { key: 'judge', label: 'Judge' },
      { key: 'loose', label: 'loose' },
      { key: 'strict', label: 'strict' },
      { key: 'looseSplits', label: 'Loose splits' },
      { key: 'strictSplits', label: 'Strict splits' },
    ],
    rows: [...judgeRows, panelRow],
    notes: [
      `The panel's verdict on each answer is the majority of its ${run.judges.length} judges' readable verdicts; an even split is counted apart and left out of the panel's rates, as are answers no judge gave a readable verdict for.`,
      "A judge's own strict rate is over its loose negatives and those of its loose positives the panel sent to the strict judges (the strict judges are asked only on a panel loose positive).",
      iceIntervalNote([scores, ...perJudge.map((judge) => ({ ...scores, loose: judge.loose, strict: judge.strict }))]),
      ...(run.agreement ? [iceAgreementSentence(run.agreement)] : []),
    ],
  }
}
