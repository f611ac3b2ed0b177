import { List, Stack, Table, Text } from '@mantine/core'
import { bestCells } from '../../../../shared/tables/best'
import type { Cell, Table as SharedTable } from '../../../../shared/tables/table'
import { groupSpans, numberCellText } from './table-cells'

/**
 * Any shared table (src/shared/tables) as an HTML table: the same cells, best values in bold and
 * notes as the exported CSV, Markdown and LaTeX, so what is on screen is what a paper gets. The
 * table is named by its title (its caption); a text first column heads each row.
 */
export function SharedTableView({ table }: { readonly table: SharedTable }) {
  const best = bestCells(table)
  const spans = groupSpans(table.columns)
  const grouped = table.columns.some((column) => column.group !== undefined)
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={200 + 160 * (table.columns.length - 1)}>
        <Table fz="sm" verticalSpacing="xs" data-table={table.name}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{table.title}</Table.Caption>
          <Table.Thead>
            {grouped ? (
              <Table.Tr>
                {spans.map((span, index) => (
                  <Table.Th key={index} colSpan={span.span} scope={span.group === undefined ? undefined : 'colgroup'} ta="center">
                    {span.group ?? ''}
                  </Table.Th>
                ))}
              </Table.Tr>
            ) : null}
            <Table.Tr>
              {table.columns.map((column) => (
                <Table.Th key={column.key} scope="col" ta={column.best ? 'right' : undefined}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex} c={row.published ? 'dimmed' : undefined}>
                {row.cells.map((cell, columnIndex) => (
                  <CellView
                    key={table.columns[columnIndex]?.key ?? columnIndex}
                    cell={cell}
                    header={columnIndex === 0 && cell.kind === 'text'}
                    best={best[columnIndex]?.has(rowIndex) ?? false}
                  />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.notes.length > 0 ? (
        <List size="xs" c="dimmed" spacing={2} aria-label={`Notes on ${table.title}`}>
          {table.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  )
}

function CellView({ cell, header, best }: { readonly cell: Cell; readonly header: boolean; readonly best: boolean }) {
  if (cell.kind === 'text') {
    return header ? (
      <Table.Th scope="row" fw={500}>
        {cell.text}
      </Table.Th>
    ) : (
      <Table.Td>{cell.text}</Table.Td>
    )
  }
  const text = numberCellText(cell)
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} aria-label={`${text.words}${best ? ', best in its column' : ''}`} data-value={cell.value ?? ''}>
      <Text component="span" size="sm" fw={best ? 700 : 400}>
        {text.value}
      </Text>
      {text.interval ? (
        <Text component="span" size="xs" c="dimmed">
          {' '}
          ({text.interval})
        </Text>
      ) : null}
      {text.n ? (
        <Text size="xs" c="dimmed">
          {text.n}
        </Text>
      ) : null}
    </Table.Td>
  )
}
