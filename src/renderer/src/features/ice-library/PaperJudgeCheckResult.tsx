import { Stack, Table, Text, Title } from '@mantine/core'
import { useId } from 'react'
import type { PaperAgreement, PaperJudgeAgreement, PaperJudgeCheckResult } from '../../../../shared/contract/paper-judge-check'
import { formatInteger } from '../../lib/format'

const fixed = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))
const intervalText = (ci: readonly [number, number] | null) => (ci === null ? '' : ` (95% interval ${fixed(ci[0])} to ${fixed(ci[1])})`)

/** One comparison: the 2x2 table of the judge against the paper's judge, then accuracy and kappa. */
function AgreementTable({ title, agreement }: { readonly title: string; readonly agreement: PaperAgreement }) {
  const captionId = useId()
  const { matrix } = agreement
  const apart = [
    agreement.unreadable > 0 ? `${formatInteger(agreement.unreadable)} unreadable` : '',
    agreement.splits > 0 ? `${formatInteger(agreement.splits)} split` : '',
  ].filter(Boolean)
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id={captionId}>
        {title}: {formatInteger(agreement.n)} rows compared{apart.length > 0 ? ` (${apart.join(', ')}, not compared)` : ''}
      </Text>
      <Table fz="sm" w="auto" withTableBorder aria-labelledby={captionId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Td />
            <Table.Th scope="col" ta="right">
              Paper 1
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Paper 0
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Judge 1</Table.Th>
            <Table.Td ta="right">{formatInteger(matrix.bothPositive)}</Table.Td>
            <Table.Td ta="right">{formatInteger(matrix.judgeOnlyPositive)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Judge 0</Table.Th>
            <Table.Td ta="right">{formatInteger(matrix.referenceOnlyPositive)}</Table.Td>
            <Table.Td ta="right">{formatInteger(matrix.bothNegative)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm">
        Accuracy {fixed(agreement.accuracy)}, Cohen’s kappa {fixed(agreement.kappa)}
        {intervalText(agreement.kappaCi)}
      </Text>
    </Stack>
  )
}

function JudgeBlock({ agreement, name }: { readonly agreement: PaperJudgeAgreement; readonly name: string }) {
  const headingId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={4} id={headingId}>
        {name}
      </Title>
      <AgreementTable title="Loose" agreement={agreement.loose} />
      {agreement.strict ? <AgreementTable title="Strict (the paper’s loose positives)" agreement={agreement.strict} /> : null}
    </Stack>
  )
}

/** Per judge (and for a panel, its majority) against the paper's gpt-4o-mini labels. */
export function PaperJudgeCheckResult({ result, judgeNames }: { readonly result: PaperJudgeCheckResult; readonly judgeNames: readonly string[] }) {
  const headingId = useId()
  const strata = `${formatInteger(result.strata.looseNegative)} loose-negative and ${formatInteger(result.strata.loosePositive)} loose-positive${
    result.strata.strictPositive === null ? '' : ` (${formatInteger(result.strata.strictPositive)} strict-positive)`
  }`
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={3} id={headingId}>
        Against the paper’s judge
      </Title>
      <Text size="sm">
        {formatInteger(result.sample)} of {formatInteger(result.logRows)} rows, drawn by the paper’s labels: {strata}. Kappa is agreement beyond chance: 1 is
        perfect, 0 is what chance gives, below 0 is worse than chance. Sent {formatInteger(result.requests - result.fromCache)} requests,{' '}
        {formatInteger(result.fromCache)} answered from the cache.
      </Text>
      {result.judges.map((agreement, index) => (
        <JudgeBlock key={agreement.judge} agreement={agreement} name={judgeNames[index] ?? agreement.model ?? agreement.judge} />
      ))}
      {result.panel ? <JudgeBlock agreement={result.panel} name="Panel (majority; a tie is a split)" /> : null}
    </Stack>
  )
}
