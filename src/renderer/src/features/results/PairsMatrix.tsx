import { Table, Text } from '@mantine/core'
import type { RseResults } from '../../../../shared/contract/index'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { pairsMatrix } from './pairs-matrix'

/** Every pair of students' Avg difference (row minus column) with its paired interval; bold where separable. */
export function PairsMatrix({ results, modelInfo }: { readonly results: RseResults; readonly modelInfo: (alias: string) => RunModelInfo }) {
  const name = (alias: string) => modelInfo(alias).name
  const matrix = pairsMatrix(results, name)
  if (matrix.students.length < 2) return <Text size="sm">Two or more students with a score are needed to compare them.</Text>
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table fz="xs" verticalSpacing={4} withColumnBorders>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Avg of the row student minus Avg of the column student, with a paired bootstrap 95% interval (the same prompts resampled for both, seeded). Bold: the
          difference excludes 0 after Holm&apos;s adjustment across all pairs. Keeps rank: share of resamples in which the student keeps its rank. Two students
          whose own intervals overlap can still differ clearly (the paired interval removes what the prompts share), and intervals that do not overlap can still
          be a close call after the adjustment: read this table, not the overlap.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Student</Table.Th>
            {matrix.students.map((alias) => (
              <Table.Th key={alias} scope="col" ta="right">
                {name(alias)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              Keeps rank
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.students.map((row, r) => (
            <Table.Tr key={row}>
              <Table.Th scope="row" fw={500}>
                {name(row)}
              </Table.Th>
              {matrix.cells[r]!.map((cell, c) => (
                <Table.Td key={matrix.students[c]} ta="right" aria-label={cell?.words} title={cell?.words} data-separable={cell?.separable ?? ''}>
                  {cell ? (
                    <>
                      <Text span size="xs" fw={cell.separable ? 700 : 400}>
                        {cell.diff}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {cell.interval}
                      </Text>
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              ))}
              <Table.Td ta="right">{matrix.keepsRank[r]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
