import { Stack, Table, Text } from '@mantine/core'
import type { RseStudentResult } from '../../../../../shared/contract/index'
import type { RunModelInfo } from '../../../lib/runs/spec-models'

/** Within-prompt spreads on the 1-5 scale: two decimals, like the intervals. */
const formatSd = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(2))

/**
 * Issue 16 item 2: a run whose students answered each prompt several times says so, and shows how
 * much each student's scores vary between its answers to one prompt.
 */
export function StudentSamplesSection({
  samples,
  students,
  modelInfo,
}: {
  readonly samples: number
  readonly students: readonly RseStudentResult[]
  readonly modelInfo: (alias: string) => RunModelInfo
}) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        {samples} answers per student and prompt; an item’s score is their mean. The intervals resample prompts, so the extra answers barely narrow them; the
        spread below shows how much a student varies from one answer to the next.
      </Text>
      <Table verticalSpacing="xs" fz="sm" striped maw={560}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Within-prompt SD: the standard deviation of the scores of one prompt’s answers, averaged over the prompts.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Student</Table.Th>
            <Table.Th scope="col">Within-prompt SD</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {students.map((student) => (
            <Table.Tr key={student.alias}>
              <Table.Th scope="row" fw={500}>
                {modelInfo(student.alias).name}
              </Table.Th>
              <Table.Td>{formatSd(student.withinPromptSd)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
