import { Table, Text } from '@mantine/core'
import type { RseResults, RseStudentResult } from '../../../../shared/contract/index'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { formatInterval } from '../../lib/format'
import { formatScore } from './results-table'
import { AGREEMENT_SCALE, rseAgreementSentence } from '../../../../shared/judges/agreement-words'

/** Avg with its interval below, as in the main table. */
function AvgCell({ student }: { readonly student: RseStudentResult | undefined }) {
  return (
    <Table.Td ta="right">
      {formatScore(student?.avg)}
      {student?.avg !== undefined && student.avgCi ? (
        <Text size="xs" c="dimmed">
          {formatInterval(student.avgCi)}
        </Text>
      ) : null}
    </Table.Td>
  )
}

/**
 * A judge panel's Avg per student beside each judge's own (issue 13): a judge that scores higher or
 * lower than the others, or orders the students differently, shows here.
 */
export function JudgesTable({ results, modelInfo }: { readonly results: RseResults; readonly modelInfo: (alias: string) => RunModelInfo }) {
  const perJudge = results.perJudge ?? []
  return (
    <>
      <JudgeAgreement agreement={results.agreement} />
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs" fz="sm" striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            Avg per student: the panel&apos;s (each item the mean of its judges&apos; readable scores) and each judge&apos;s alone, with bootstrap 95% intervals
            over the prompts.
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Student</Table.Th>
              <Table.Th scope="col" ta="right">
                Panel
              </Table.Th>
              {perJudge.map((entry) => (
                <Table.Th key={entry.judge} scope="col" ta="right">
                  {modelInfo(entry.judge).name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.students.map((student) => (
              <Table.Tr key={student.alias}>
                <Table.Th scope="row" fw={500}>
                  {modelInfo(student.alias).name}
                </Table.Th>
                <AvgCell student={student} />
                {perJudge.map((entry) => (
                  <AvgCell key={entry.judge} student={entry.students.find((own) => own.alias === student.alias)} />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}

/** Krippendorff's alpha of the judges' overall scores with its interval, and how often two judges gave the same score. */
export function JudgeAgreement({ agreement }: { readonly agreement: RseResults['agreement'] }) {
  if (!agreement) return null
  return (
    <Text size="sm" mb="sm" role="status" aria-label="Agreement between the judges">
      {rseAgreementSentence(agreement)} {AGREEMENT_SCALE}
    </Text>
  )
}
