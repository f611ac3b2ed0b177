import { Stack, Table } from '@mantine/core'
import type { FamilyRow } from './judge-panel'
import { WarningsAlert } from './WarningsAlert'

/** The chosen models' vendor families side by side (issue 13 item 4), with the judge-affinity warnings under them. */
export function ModelFamiliesTable({ rows, warnings }: { readonly rows: readonly FamilyRow[]; readonly warnings: readonly string[] }) {
  if (rows.length === 0) return null
  return (
    <Stack gap="xs">
      <Table fz="sm" verticalSpacing={4} withTableBorder>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Vendor families</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Model</Table.Th>
            <Table.Th scope="col">Vendor family</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.role}:${row.model}:${row.name}`}>
              <Table.Th scope="row" fw="normal">
                {row.role}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.name === row.model ? row.model : `${row.name} (${row.model})`}</Table.Td>
              <Table.Td>{row.family}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <WarningsAlert title="About the judges’ families" warnings={warnings} />
    </Stack>
  )
}
