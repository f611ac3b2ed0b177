import { Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import { useId, type ReactNode } from 'react'
import type { RseCheckVerdict, RseItemCheck, RseItemSample } from '../../../../../shared/contract/index'
import type { RunModelInfo } from '../../../lib/runs/spec-models'
import { checkWords, sampleHeading, verdictText } from './item-check-words'

type ModelInfo = (alias: string) => RunModelInfo

/** A section of the item drawer with its own heading: screen readers list it as a region of that name. */
function DrawerSection({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const headingId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  )
}

/** Issue 16 item 2: the student's further answers to this prompt, each with every judge's score against the reference's answer. */
export function FurtherSamplesSection({ samples, modelInfo }: { readonly samples: readonly RseItemSample[]; readonly modelInfo: ModelInfo }) {
  return (
    <DrawerSection title="Further samples">
      <Text size="sm">
        The student answered this prompt {samples.length + 1} times. Its first answer and its scores are shown above; here are the others, each judged against
        the reference’s answer in the same way. The results table scores the prompt by the mean over all the answers.
      </Text>
      {samples.map((sample) => (
        <Stack key={sample.sample} gap={4}>
          <Title order={4}>{sampleHeading(sample.sample)}</Title>
          <Paper withBorder p="sm">
            <ScrollArea.Autosize mah={200} type="auto">
              {sample.text !== undefined ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {sample.text === '' ? '(an empty answer)' : sample.text}
                </Text>
              ) : (
                <Text size="sm" c="red">
                  No answer: {sample.error ?? 'failed'}
                </Text>
              )}
            </ScrollArea.Autosize>
          </Paper>
          <Verdicts verdicts={sample.judges} caption={`The judges’ scores for ${sampleHeading(sample.sample).toLowerCase()}`} modelInfo={modelInfo} />
        </Stack>
      ))}
    </DrawerSection>
  )
}

/** Issue 16 items 1 and 3: the ceiling, floor and swapped-roles judgements made for this prompt. */
export function ChecksSection({ checks, modelInfo }: { readonly checks: readonly RseItemCheck[]; readonly modelInfo: ModelInfo }) {
  return (
    <DrawerSection title="Checks">
      <Text size="sm">Extra judgements the run made for this prompt to test the judge. They do not change the item’s score.</Text>
      {checks.map((check) => {
        const words = checkWords(check)
        return (
          <Stack key={check.kind} gap={4}>
            <Title order={4}>{words.name}</Title>
            <Text size="sm">{words.compared}</Text>
            <Text size="sm" c="dimmed">
              {words.why}
            </Text>
            <Verdicts verdicts={check.judges} caption={`The judges’ scores for the ${words.name.toLowerCase()}`} modelInfo={modelInfo} />
          </Stack>
        )
      })}
    </DrawerSection>
  )
}

/** Each judge's overall score, or why it gave none; a judgement not made yet reads as such. */
function Verdicts({
  verdicts,
  caption,
  modelInfo,
}: {
  readonly verdicts: readonly RseCheckVerdict[]
  readonly caption: string
  readonly modelInfo: ModelInfo
}) {
  if (verdicts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Not judged: the answer is missing or the run has not reached it.
      </Text>
    )
  return (
    <Table fz="sm" verticalSpacing={4} maw={560}>
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Judge</Table.Th>
          <Table.Th scope="col">Overall (1–5)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {verdicts.map((verdict) => (
          <Table.Tr key={verdict.judge}>
            <Table.Th scope="row" fw={500}>
              {modelInfo(verdict.judge).name}
            </Table.Th>
            <Table.Td fw={verdict.overall !== undefined ? 700 : undefined} c={verdict.overall !== undefined ? undefined : 'red'}>
              {verdictText(verdict)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
