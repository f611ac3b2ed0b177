import { Table, Text } from '@mantine/core'
import type { IceRate, IceResults } from '../../../../../shared/contract/index'
import { formatRateInterval } from '../../../lib/format'
import { formatCountOf, formatRate, rateWords } from './ice-results-format'

function RateCells({ rate, measured }: { readonly rate: IceRate; readonly measured: boolean }) {
  if (!measured)
    return (
      <Table.Td ta="right" colSpan={2}>
        not measured
      </Table.Td>
    )
  return (
    <>
      <Table.Td ta="right" fw={700} aria-label={rateWords(rate)}>
        {formatRate(rate.rate)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatRateInterval(rate) || '—'}
        <Text size="xs" c="dimmed">
          {formatCountOf(rate)}
        </Text>
      </Table.Td>
    </>
  )
}

/**
 * A judge panel's rates (issue 13): each judge's own loose and strict over the answers it judged,
 * then the panel's (the majority), so a reader sees how far the judges agree.
 */
export function IcePanelTable({
  data,
  judgeName,
  strictRan,
}: {
  readonly data: IceResults
  readonly judgeName: (alias: string) => string
  readonly strictRan: boolean
}) {
  const perJudge = data.perJudge ?? []
  if (perJudge.length === 0) return null
  const rows = [
    ...perJudge.map((judge) => ({ key: judge.judge, label: `${judge.judge}: ${judgeName(judge.judge)}`, loose: judge.loose, strict: judge.strict })),
    { key: 'panel', label: 'The panel (majority)', loose: data.scores.loose, strict: data.scores.strict },
  ]
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Each judge on its own, and the panel</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Judge</Table.Th>
            <Table.Th scope="col" ta="right">
              Loose
            </Table.Th>
            <Table.Th scope="col" ta="right">
              95% interval
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Strict
            </Table.Th>
            <Table.Th scope="col" ta="right">
              95% interval
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-judge={row.key}>
              <Table.Th scope="row" fw={row.key === 'panel' ? 700 : 500}>
                {row.label}
              </Table.Th>
              <RateCells rate={row.loose} measured />
              <RateCells rate={row.strict} measured={strictRan} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        A judge’s strict rate is over its loose negatives and those of its loose positives the panel sent on to the strict judges (they are asked only on the
        panel’s loose positives).
      </Text>
    </Table.ScrollContainer>
  )
}
