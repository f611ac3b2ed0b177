import { Badge, Button, Group, Table, Text } from '@mantine/core'
import type { IdentityFactView } from '../../../../shared/contract/ice-library'
import { FACT_STATUS_LABELS, factStatus, sortFacts, type FactStatus } from '../../lib/ice-library/format'
import { STICKY_ACTIONS } from '../../components/table-layout'

export interface FactsTableProps {
  readonly facts: readonly IdentityFactView[]
  readonly labelledBy: string
  readonly onEdit: (fact: IdentityFactView) => void
  /** Reset a changed built-in, or delete an added fact. */
  readonly onReset: (fact: IdentityFactView) => void
}

export function FactsTable({ facts, labelledBy, onEdit, onReset }: FactsTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Vendor</Table.Th>
            <Table.Th scope="col">Identity fact</Table.Th>
            <Table.Th scope="col">Series</Table.Th>
            <Table.Th scope="col">Keywords</Table.Th>
            <Table.Th scope="col" style={STICKY_ACTIONS}>
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortFacts(facts).map((fact) => {
            const status = factStatus(fact)
            return (
              <Table.Tr key={fact.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs" wrap="wrap">
                    <span>{fact.vendor}</span>
                    <StatusBadge status={status} />
                  </Group>
                </Table.Th>
                <Table.Td maw={420}>{fact.fact}</Table.Td>
                <Table.Td>
                  <Words words={fact.series} />
                </Table.Td>
                <Table.Td>
                  <Words words={fact.keywords} />
                </Table.Td>
                <Table.Td style={STICKY_ACTIONS}>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" aria-label={`Edit the fact for ${fact.vendor}`} onClick={() => onEdit(fact)}>
                      Edit
                    </Button>
                    {status === 'edited' ? (
                      <Button size="xs" variant="subtle" aria-label={`Reset the fact for ${fact.vendor}`} onClick={() => onReset(fact)}>
                        Reset
                      </Button>
                    ) : status === 'added' ? (
                      <Button size="xs" variant="subtle" color="red" aria-label={`Delete the fact for ${fact.vendor}`} onClick={() => onReset(fact)}>
                        Delete
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

const STATUS_COLORS: Readonly<Record<FactStatus, string>> = { builtin: 'teal', edited: 'orange', added: 'blue' }
const STATUS_TITLES: Readonly<Record<FactStatus, string>> = {
  builtin: 'Comes with Distillscope, unchanged',
  edited: 'Comes with Distillscope; you changed it (Reset brings back the original)',
  added: 'Written by you',
}

function StatusBadge({ status }: { readonly status: FactStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size="sm" title={STATUS_TITLES[status]}>
      {FACT_STATUS_LABELS[status]}
    </Badge>
  )
}

function Words({ words }: { readonly words: readonly string[] }) {
  if (words.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    )
  }
  return <Text size="sm">{words.join(', ')}</Text>
}
