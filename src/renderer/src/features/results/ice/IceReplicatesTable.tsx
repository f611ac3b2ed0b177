import { Table, Text } from '@mantine/core'
import type { IceRate, IceResults } from '../../../../../shared/contract/index'
import { formatRateInterval } from '../../../lib/format'
import { formatRate, rateWords, replicateStopText } from './ice-results-format'

function RateCell({ rate, measured }: { readonly rate: IceRate; readonly measured: boolean }) {
  if (!measured) return <Table.Td ta="right">not measured</Table.Td>
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} aria-label={rateWords(rate)}>
      <Text span fw={700} size="sm">
        {formatRate(rate.rate)}
      </Text>{' '}
      <Text span size="xs" c="dimmed">
        {formatRateInterval(rate) || '—'}
      </Text>
    </Table.Td>
  )
}

const points = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} points`)

/**
 * A run's fuzzing replicates (issue 16): each one's seed and loose, strict and hard with its own
 * interval and where its fuzzing stopped, their mean with the combined interval, and the spread between
 * them. Nothing for one replicate.
 */
export function IceReplicatesTable({ data, strictRan }: { readonly data: IceResults; readonly strictRan: boolean }) {
  const replicates = data.replicates ?? []
  if (replicates.length < 2) return null
  const spread = data.spread ?? { loose: null, strict: null, hard: null }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" verticalSpacing="xs" aria-label="Fuzzing replicates">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          {replicates.length} fuzzing replicates, each with its own seed and the whole budget
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Replicate</Table.Th>
            <Table.Th scope="col" ta="right">
              Seed
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Answers
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Loose (95% interval)
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Strict
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hard
            </Table.Th>
            <Table.Th scope="col">Stopped</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {replicates.map((replicate) => (
            <Table.Tr key={replicate.replicate} data-replicate={replicate.replicate}>
              <Table.Th scope="row" fw={500}>
                {replicate.replicate + 1}
              </Table.Th>
              <Table.Td ta="right">{replicate.seed}</Table.Td>
              <Table.Td ta="right">{replicate.n}</Table.Td>
              <RateCell rate={replicate.loose} measured />
              <RateCell rate={replicate.strict} measured={strictRan} />
              <RateCell rate={replicate.hard} measured={strictRan} />
              <Table.Td>{replicateStopText(data.fuzz, replicate.replicate)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr data-replicate="mean">
            <Table.Th scope="row" fw={700}>
              Mean (combined interval)
            </Table.Th>
            <Table.Td />
            <Table.Td ta="right">{data.scores.rows}</Table.Td>
            <RateCell rate={data.scores.loose} measured />
            <RateCell rate={data.scores.strict} measured={strictRan} />
            <RateCell rate={data.scores.hard} measured={strictRan} />
            <Table.Td />
          </Table.Tr>
          <Table.Tr data-replicate="spread">
            <Table.Th scope="row" fw={500}>
              Spread between replicates (SD)
            </Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td ta="right">{points(spread.loose)}</Table.Td>
            <Table.Td ta="right">{strictRan ? points(spread.strict) : 'not measured'}</Table.Td>
            <Table.Td ta="right">{strictRan ? points(spread.hard) : 'not measured'}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        The headline rates are the replicates’ mean. Their interval combines both sources of variation, each replicate’s own interval and the spread between
        replicates, so it says what another fuzzing run of this target would likely give; it is never narrower than any replicate’s own.
      </Text>
    </Table.ScrollContainer>
  )
}
