import { Table } from '@mantine/core'
import type { RseStudentResult } from '../../../../../shared/contract/index'
import type { RunModelInfo } from '../../../lib/runs/spec-models'
import { formatMeanWithInterval } from '../results-table'

/**
 * Issue 16 item 1: each student's normalised RSE per set and Avg (0 floor, 1 ceiling), with the
 * intervals that resample each set's prompts once for the scores and both anchors.
 */
export function NormalisedSetsTable({
  students,
  sets,
  modelInfo,
}: {
  readonly students: readonly RseStudentResult[]
  readonly sets: readonly string[]
  readonly modelInfo: (alias: string) => RunModelInfo
}) {
  return (
    <Table.ScrollContainer minWidth={260 + 150 * (sets.length + 1)}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Normalised RSE per set: (mean - floor) / (ceiling - floor), with bootstrap 95% intervals. A set whose ceiling is not above its floor has none.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Student</Table.Th>
            {sets.map((set) => (
              <Table.Th key={set} scope="col">
                {set}
              </Table.Th>
            ))}
            <Table.Th scope="col">Avg</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {students.map((student) => (
            <Table.Tr key={student.alias}>
              <Table.Th scope="row" fw={500}>
                {modelInfo(student.alias).name}
              </Table.Th>
              {sets.map((name) => {
                const set = student.normalised?.sets.find((candidate) => candidate.name === name)
                return <Table.Td key={name}>{formatMeanWithInterval(set?.value, set?.ci)}</Table.Td>
              })}
              <Table.Td fw={700}>{formatMeanWithInterval(student.normalised?.avg, student.normalised?.avgCi)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
