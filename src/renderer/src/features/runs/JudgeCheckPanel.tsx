import { Alert, Button, Checkbox, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconGavel } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { Disclosure } from '../../components/Disclosure'
import { userMessage } from '../../lib/api'
import type { JudgeCheckResult } from '../../../../shared/contract/index'
import {
  confirmFailedCheck,
  failedCheckTitle,
  judgeCheckCostText,
  judgeCheckSummary,
  OUTCOME_COLORS,
  OUTCOME_LABELS,
  panelCheckSummary,
} from './judge-check-format'
import type { WizardFlow } from './useWizardFlow'

/**
 * After the estimate: the optional judge check (issue 11 item 4), its cost first, then one block per
 * judge of the panel with each canned case, the judge's answer and raw reply. Any judge that failed
 * a case, or could not be read, keeps Start disabled until the person confirms they read why.
 */
export function JudgeCheckPanel<Step extends string, Values, Field extends string>({ flow }: { readonly flow: WizardFlow<Step, Values, Field> }) {
  const { judgeCheck, estimate } = flow
  if (!estimate.isSuccess) return null
  const result = judgeCheck.data
  const panel = (estimate.data.judgeCheck?.judges ?? 1) > 1
  return (
    <Paper withBorder p="md" data-testid="judge-check">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {panel ? 'Check the judges (optional)' : 'Check the judge (optional)'}
        </Title>
        <Text size="sm">
          {panel
            ? 'Every score of the run comes from its panel of judges. Before spending, you can see whether each judge answers a few cases whose right answers are known, under this run’s own prompts.'
            : 'Every score of the run comes from its judge. Before spending, you can see whether it answers a few cases whose right answers are known, under this run’s own prompts.'}
        </Text>
        <Text size="sm" c="dimmed">
          {judgeCheckCostText(estimate.data.judgeCheck)}
        </Text>
        <Group>
          <Button variant="light" leftSection={<IconGavel size={16} aria-hidden />} loading={judgeCheck.isPending} onClick={flow.runJudgeCheck}>
            {`Check ${panel ? 'the judges' : 'the judge'}${result ? ' again' : ''}`}
          </Button>
        </Group>
        {judgeCheck.isError ? (
          <Alert color="red" variant="light" title={panel ? 'The judges could not be checked' : 'The judge could not be checked'}>
            {userMessage(judgeCheck.error)}
          </Alert>
        ) : null}
        {result ? (
          <Stack gap="md">
            {result.judges.length > 1 ? (
              <Text size="sm" fw={600} data-testid="judge-check-panel-summary">
                {panelCheckSummary(result)}
              </Text>
            ) : null}
            {result.judges.map((judge) => (
              <JudgeBlock key={judge.judge} result={judge} />
            ))}
            {result.passed ? null : (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={failedCheckTitle(result)}>
                <Stack gap="xs">
                  <Text size="sm">
                    A run would score every answer with {result.judges.length > 1 ? 'every judge of the panel' : 'this judge'} as it is. Read the replies above;
                    choose another judge, or change the judge prompt, if they are wrong.
                  </Text>
                  <Checkbox
                    label={confirmFailedCheck(result)}
                    checked={flow.judgeCheckConfirmed}
                    onChange={(event) => flow.setJudgeCheckConfirmed(event.currentTarget.checked)}
                  />
                </Stack>
              </Alert>
            )}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  )
}

/** One judge's block: its name and model, then its cases with its answers and raw replies. */
function JudgeBlock({ result }: { readonly result: JudgeCheckResult }) {
  return (
    <Stack gap="xs" data-testid="judge-check-judge" data-judge={result.judge} data-passed={result.passed}>
      <Text size="sm" fw={500} data-testid="judge-check-summary">
        {result.judge} ({result.model}), {result.judging}: {judgeCheckSummary(result)}
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Case</Table.Th>
            <Table.Th>Expected</Table.Th>
            <Table.Th>Judge said</Table.Th>
            <Table.Th>Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.cases.map((entry) => (
            <Table.Tr key={entry.id} data-outcome={entry.outcome}>
              <Table.Td>
                <Stack gap={4}>
                  <Text size="sm">{entry.label}</Text>
                  {entry.reply || entry.why ? (
                    <ReplyDisclosure>
                      {entry.why ? <Text size="xs">{entry.why}</Text> : null}
                      {entry.reply ? (
                        <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>
                          {entry.reply}
                        </Code>
                      ) : null}
                    </ReplyDisclosure>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>{entry.expected}</Table.Td>
              <Table.Td>{entry.got ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} c={OUTCOME_COLORS[entry.outcome]}>
                  {OUTCOME_LABELS[entry.outcome]}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

function ReplyDisclosure({ children }: { readonly children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <Disclosure label="The judge’s reply" open={open} onToggle={() => setOpen(!open)}>
      {children}
    </Disclosure>
  )
}
