import { Alert, Stack, Table, Text } from '@mantine/core'
import type { RseAnchor, RseCalibration } from '../../../../../shared/contract/index'
import { GREEDY_REFERENCE_NOTE, identicalSamplesText } from '../../../../../shared/tables/rse-check-words'
import { formatMeanWithInterval } from '../results-table'

/** One anchor's mean [interval] on a set, or Avg when `set` is undefined. */
function anchorText(anchor: RseAnchor, set: string | undefined): string {
  if (set === undefined) return formatMeanWithInterval(anchor.mean, anchor.ci)
  const entry = anchor.sets.find((candidate) => candidate.name === set)
  return formatMeanWithInterval(entry?.mean, entry?.ci)
}

/** Items scored for the ceiling and for the floor on a set ("30 / 60"); the Avg row has none of its own. */
function countsText(calibration: RseCalibration, set: string | undefined): string {
  if (set === undefined) return ''
  const n = (anchor: RseAnchor) => anchor.sets.find((candidate) => candidate.name === set)?.n ?? 0
  return `${n(calibration.ceiling)} / ${n(calibration.floor)}`
}

/**
 * Issue 16 item 1: where the run's judge puts the top (ceiling) and the bottom (floor) of its
 * scale, per set and Avg, and what a reference at temperature 0 makes of the ceiling.
 */
export function CalibrationSection({ calibration, sets }: { readonly calibration: RseCalibration; readonly sets: readonly string[] }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        Ceiling: the reference’s second answer to each prompt judged against its first, the most alike two answers get. Floor: each student’s answer judged
        against the reference’s answer to another prompt of the same set, pooled over the students. Normalised RSE puts a score between them: 0 is the floor, 1
        the ceiling.
      </Text>
      {calibration.referenceGreedy ? (
        <Alert color="yellow" title="The ceiling measures the judge, not the reference">
          {GREEDY_REFERENCE_NOTE}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {identicalSamplesText(calibration)}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs" fz="sm" striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            Mean overall score (1-5) with its bootstrap 95% interval; n is the items scored for the ceiling and for the floor.
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Prompt set</Table.Th>
              <Table.Th scope="col">Ceiling</Table.Th>
              <Table.Th scope="col">Floor</Table.Th>
              <Table.Th scope="col">n (ceiling / floor)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...sets, undefined].map((set) => (
              <Table.Tr key={set ?? '\u0000avg'}>
                <Table.Th scope="row" fw={set === undefined ? 700 : 500}>
                  {set ?? 'Avg'}
                </Table.Th>
                <Table.Td>{anchorText(calibration.ceiling, set)}</Table.Td>
                <Table.Td>{anchorText(calibration.floor, set)}</Table.Td>
                <Table.Td>{countsText(calibration, set)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}
