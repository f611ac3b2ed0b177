import { Table, Text } from '@mantine/core'
import { CI_METHOD_LABELS, type IceScoreSet } from '../../../../../shared/contract/index'
import type { PaperIceRow } from '../../../../../shared/paper/ice-table'
import { formatInteger, formatRateInterval } from '../../../lib/format'
import { MEASURES, MEASURE_INFO, formatCountOf, formatRate, rateWords } from './ice-results-format'

export interface IceScoresTableProps {
  readonly scores: IceScoreSet
  /** The paper's row to show beside, if one was chosen. */
  readonly paper: PaperIceRow | undefined
  readonly caption: string
  /** Without the strict judge, strict and hard were not measured. */
  readonly strictRan: boolean
  /** A judge panel's run (issue 13): the splits each rate leaves out, in a column beside it. */
  readonly showSplits?: boolean
}

/** The splits a measure's rate leaves out: loose its own, strict and hard the strict judges'. */
const splitsOf = (scores: IceScoreSet, measure: (typeof MEASURES)[number]) => (measure === 'loose' ? scores.looseSplits : scores.strictSplits)

/**
 * Loose, strict and hard (METHOD.md 2.6): positives, rate and 95% interval with its method (the
 * two-way bootstrap; Wilson's "rows independent" interval under it), and the paper's value.
 */
export function IceScoresTable({ scores, paper, caption, strictRan, showSplits = false }: IceScoresTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Measure</Table.Th>
            <Table.Th scope="col" ta="right">
              Positives
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Rate
            </Table.Th>
            <Table.Th scope="col" ta="right">
              95% interval
            </Table.Th>
            {showSplits ? (
              <Table.Th scope="col" ta="right">
                Judges split
              </Table.Th>
            ) : null}
            {paper ? (
              <Table.Th scope="col" ta="right">
                Paper: {paper.model}
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MEASURES.map((measure) => {
            const rate = scores[measure]
            const measured = measure === 'loose' || strictRan
            return (
              <Table.Tr key={measure} data-measure={measure} data-rate={rate.rate ?? ''}>
                <Table.Th scope="row" fw={500}>
                  {MEASURE_INFO[measure].label}
                  <Text size="xs" c="dimmed" fw={400}>
                    {MEASURE_INFO[measure].description}
                  </Text>
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {measured ? formatCountOf(rate) : 'not measured'}
                </Table.Td>
                <Table.Td ta="right" fw={700} aria-label={measured ? rateWords(rate) : 'not measured'}>
                  {measured ? formatRate(rate.rate) : '—'}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {measured ? formatRateInterval(rate) || '—' : '—'}
                  {measured && rate.rate !== null ? (
                    <Text size="xs" c="dimmed" data-ci-method={rate.ciMethod}>
                      {CI_METHOD_LABELS[rate.ciMethod]}
                      {rate.ciMethod === 'wilson' ? '' : `; rows independent ${formatRateInterval(rate.rowsIndependent)}`}
                    </Text>
                  ) : null}
                </Table.Td>
                {showSplits ? (
                  <Table.Td ta="right" data-splits={splitsOf(scores, measure)}>
                    {measured ? formatInteger(splitsOf(scores, measure)) : '—'}
                  </Table.Td>
                ) : null}
                {paper ? (
                  <Table.Td ta="right" c="dimmed">
                    {paper[measure].toFixed(2)}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
