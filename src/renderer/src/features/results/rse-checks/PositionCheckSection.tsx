import { Badge, Stack, Table, Text } from '@mantine/core'
import type { RsePositionCheck } from '../../../../../shared/contract/index'
import { positionFlagText } from '../../../../../shared/tables/rse-check-words'
import type { RunModelInfo } from '../../../lib/runs/spec-models'
import { formatInterval } from '../../../lib/format'

/** A shift on the 1-5 scale with its sign, so "+0.21" and "-0.21" read apart at a glance. */
export function formatShift(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—'
  return `${value > 0 ? '+' : ''}${value.toFixed(3)}`
}

/**
 * Issue 16 item 3: per judge, how much its score moves when the two answers swap places, and a
 * flag where the interval of that shift excludes 0.
 */
export function PositionCheckSection({ check, modelInfo }: { readonly check: RsePositionCheck; readonly modelInfo: (alias: string) => RunModelInfo }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        Some judged items were judged again with the two answers swapped: the student’s answer in the reference’s place and the reference’s in the student’s. A
        judge that reads both the same way shifts by about 0; one whose interval excludes 0 favours one position.
      </Text>
      <Table verticalSpacing="xs" fz="sm" striped maw={720}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Mean shift: swapped minus as asked, on the 1-5 scale, over the items scored both ways, with its bootstrap 95% interval.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Judge</Table.Th>
            <Table.Th scope="col">Items</Table.Th>
            <Table.Th scope="col">Mean shift</Table.Th>
            <Table.Th scope="col">Position</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {check.judges.map((judge) => (
            <Table.Tr key={judge.judge} data-flagged={judge.flagged}>
              <Table.Th scope="row" fw={500}>
                {modelInfo(judge.judge).name}
              </Table.Th>
              <Table.Td>{judge.items}</Table.Td>
              <Table.Td>
                {formatShift(judge.meanShift)}
                {judge.meanShift !== undefined && judge.ci ? ` (${formatInterval(judge.ci)})` : ''}
              </Table.Td>
              <Table.Td>
                {judge.flagged ? (
                  <Badge color="orange" variant="light">
                    {positionFlagText(true)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {positionFlagText(false)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
