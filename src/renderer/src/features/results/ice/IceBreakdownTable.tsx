import { Table, Text } from '@mantine/core'
import { formatInteger } from '../../../lib/format'
import { MEASURES, MEASURE_INFO, formatCountOf, rateCell, rateWords, type BreakdownRow } from './ice-results-format'

/** Loose, strict and hard per group (category, language or mutation), each with its interval and count. */
export function IceBreakdownTable({
  rows,
  groupLabel,
  caption,
}: {
  readonly rows: readonly BreakdownRow[]
  readonly groupLabel: string
  readonly caption: string
}) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No answers to group yet.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table fz="sm" verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupLabel}</Table.Th>
            <Table.Th scope="col" ta="right">
              Answers
            </Table.Th>
            {MEASURES.map((measure) => (
              <Table.Th key={measure} scope="col" ta="right">
                {MEASURE_INFO[measure].label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right">{formatInteger(row.scores.rows)}</Table.Td>
              {MEASURES.map((measure) => (
                <Table.Td key={measure} ta="right" aria-label={rateWords(row.scores[measure])} style={{ whiteSpace: 'nowrap' }}>
                  {rateCell(row.scores[measure])}
                  <Text size="xs" c="dimmed">
                    {formatCountOf(row.scores[measure])}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
