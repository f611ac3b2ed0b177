import { Group, Table, Text } from '@mantine/core'
import type { PromptSet } from '../../../../shared/contract/prompt-sets'
import { BuiltinBadge } from '../../components/BuiltinBadge'
import { ViewDeleteButtons } from '../../components/ViewDeleteButtons'
import { formatInteger } from '../../lib/format'
import { DOMAIN_LABELS } from './format'
import { STICKY_ACTIONS } from '../../components/table-layout'

export interface PromptSetsTableProps {
  readonly sets: readonly PromptSet[]
  readonly labelledBy: string
  readonly onView: (set: PromptSet) => void
  readonly onDelete: (set: PromptSet) => void
}

/** Built-in sets first (they are the same everywhere), then imported ones, newest last. */
export function PromptSetsTable({ sets, labelledBy, onView, onDelete }: PromptSetsTableProps) {
  const ordered = [...sets].sort((a, b) => Number(b.builtin) - Number(a.builtin) || a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name))
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Domain</Table.Th>
            <Table.Th scope="col" ta="right">
              Prompts
            </Table.Th>
            <Table.Th scope="col">Source and licence</Table.Th>
            <Table.Th scope="col" style={STICKY_ACTIONS}>
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((set) => (
            <Table.Tr key={set.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="wrap">
                  <span>{set.name}</span>
                  {set.builtin ? <BuiltinBadge /> : null}
                </Group>
              </Table.Th>
              <Table.Td>{DOMAIN_LABELS[set.domain]}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatInteger(set.itemCount)}
              </Table.Td>
              <Table.Td maw={320}>
                {set.sourceNote ? (
                  <Text size="sm" lineClamp={3} title={set.sourceNote}>
                    {set.sourceNote}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    No note
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={STICKY_ACTIONS}>
                <ViewDeleteButtons name={set.name} onView={() => onView(set)} onDelete={() => onDelete(set)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
