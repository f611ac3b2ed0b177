import { Group, Stack, Table, Text } from '@mantine/core'
import type { IceSetSummary } from '../../../../shared/contract/ice-library'
import { BuiltinBadge } from '../../components/BuiltinBadge'
import { ViewDeleteButtons } from '../../components/ViewDeleteButtons'
import { questionCountsText, seedCountsText, setItemsText, sortSets } from '../../lib/ice-library/format'
import { STICKY_ACTIONS } from '../../components/table-layout'

export interface IceSetsTableProps {
  readonly sets: readonly IceSetSummary[]
  readonly labelledBy: string
  readonly onView: (set: IceSetSummary) => void
  readonly onDelete: (set: IceSetSummary) => void
}

/** Question sets and template sets alike; only the breakdown of their contents differs. */
export function IceSetsTable({ sets, labelledBy, onView, onDelete }: IceSetsTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Contents</Table.Th>
            <Table.Th scope="col">Source and licence</Table.Th>
            <Table.Th scope="col" style={STICKY_ACTIONS}>
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortSets(sets).map((set) => (
            <Table.Tr key={set.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="wrap">
                  <span>{set.name}</span>
                  {set.builtin ? <BuiltinBadge /> : null}
                </Group>
              </Table.Th>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{setItemsText(set)}</Text>
                  <Text size="sm" c="dimmed">
                    {set.kind === 'questions' ? questionCountsText(set.counts) : seedCountsText(set.counts)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" lineClamp={3} title={set.sourceNote} c={set.sourceNote ? undefined : 'dimmed'}>
                  {set.sourceNote || 'No note'}
                </Text>
              </Table.Td>
              <Table.Td style={STICKY_ACTIONS}>
                {/* Built-ins are the same on every computer, so runs using them can be repeated anywhere. */}
                <ViewDeleteButtons name={set.name} onView={() => onView(set)} onDelete={set.builtin ? undefined : () => onDelete(set)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
