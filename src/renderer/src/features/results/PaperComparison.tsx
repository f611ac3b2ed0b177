import { Anchor, List, Stack, Table, Text } from '@mantine/core'
import { PAPER_RSE_TABLE } from '../../../../shared/paper/rse-table'
import { formatInteger } from '../../lib/format'
import { paperCitation, paperRows, type PaperComparison as Comparison } from './paper'

/** The paper's published RSE table, with what can and cannot be compared stated first. */
export function PaperComparison({ comparison }: { readonly comparison: Comparison }) {
  const table = PAPER_RSE_TABLE
  return (
    <Stack gap="sm">
      <List size="sm" spacing={4}>
        {comparison.notes.map((note) => (
          <List.Item key={note}>{note}</List.Item>
        ))}
      </List>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} fz="sm" striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            The paper’s RSE scores (reference {table.reference.name}, {table.reference.modelId}), as published, lowest Avg first.
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Model</Table.Th>
              {table.sets.map((set) => (
                <Table.Th key={set.key} scope="col" ta="right">
                  {set.key}
                  <Text size="xs" c="dimmed" fw={400}>
                    {formatInteger(set.prompts)} prompts
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                Avg
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paperRows(table).map((row) => (
              <Table.Tr key={row.model}>
                <Table.Th scope="row" fw={500}>
                  {row.model}
                </Table.Th>
                {row.cells.map((cell, index) => (
                  <Table.Td key={table.sets[index]!.key} ta="right">
                    {cell}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {row.avg}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        Source: {paperCitation(table)}{' '}
        <Anchor href={table.source.url} target="_blank" rel="noreferrer" size="xs">
          {table.source.url}
        </Anchor>
        . {table.source.note} The paper gives no intervals. Its sets: {table.sets.map((set) => `${set.dataset} (${set.kind})`).join('; ')}.
      </Text>
    </Stack>
  )
}
