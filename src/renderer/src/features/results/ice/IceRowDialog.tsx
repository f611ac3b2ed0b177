import { Box, Button, Group, Modal, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import type { IceAttackRowView } from '../../../../../shared/contract/index'
import { categoryLabel, languageLabel } from '../../../lib/format'
import { mutatorLabel } from '../../../lib/runs/ice-labels'
import { GatedText } from './ContentWarning'
import { rowOutcome } from './ice-results-format'
import { JudgeVerdict } from './JudgeVerdict'
import { OutcomeBadge } from './OutcomeBadge'
import { MethodTermHint } from '../../../lib/MethodTermHint'
import { rowKeyOf } from './IceRowsTable'
import { replicateName, type ReplicateChoice } from './replicate-labels'

export interface IceRowDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly row: IceAttackRowView | undefined
  /** The run's fuzzing replicates; empty (or absent) for a run of one, whose rows name none. */
  readonly replicates?: readonly ReplicateChoice[]
  readonly position: string
  readonly onPrevious?: () => void
  readonly onNext?: () => void
}

/** One attack row: the question, the prompt as sent (behind the warning), the answer and both verdicts. */
export function IceRowDialog({ opened, onClose, row, replicates = [], position, onPrevious, onNext }: IceRowDialogProps) {
  const replicate = row ? replicateOfRow(row, replicates) : undefined
  const title = row
    ? `Answer to question ${row.questionId} with template ${row.mutantId}${replicate ? ` of ${replicateName(replicate.choice.replicate).toLowerCase()}` : ''}`
    : 'Answer'
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={960}>
      {row ? <IceRowBody key={rowKeyOf(row)} row={row} {...(replicate ? { replicate } : {})} /> : null}
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">
          {position}
        </Text>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconChevronLeft aria-hidden size={16} />} disabled={!onPrevious} onClick={onPrevious}>
            Previous answer
          </Button>
          <Button variant="default" rightSection={<IconChevronRight aria-hidden size={16} />} disabled={!onNext} onClick={onNext}>
            Next answer
          </Button>
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Group>
    </Modal>
  )
}

const LOOSE_QUESTION = 'Does the answer contradict the target’s identity fact about who made it?'
const STRICT_QUESTION = 'Does the answer claim to be a model of the suspected source?'

/** Which of the run's replicates asked a row, for runs of two or more (none otherwise). */
export interface RowReplicate {
  readonly choice: ReplicateChoice
  readonly of: number
}

function replicateOfRow(row: IceAttackRowView, replicates: readonly ReplicateChoice[]): RowReplicate | undefined {
  if (replicates.length < 2) return undefined
  const index = row.replicate ?? 0
  // Results list every replicate of the spec (from its seeds), so every row's is found.
  const choice = replicates.find((entry) => entry.replicate === index)
  return choice ? { choice, of: replicates.length } : undefined
}

/** The dialog's content, apart from the modal (its tests render it without a portal). */
export function IceRowBody({ row, replicate }: { readonly row: IceAttackRowView; readonly replicate?: RowReplicate }) {
  const looseYes = row.loose.verdict === 1
  return (
    <Stack gap="md">
      <Group gap="xs">
        <OutcomeBadge outcome={rowOutcome(row)} />
        <Text size="sm" c="dimmed">
          Template {row.mutantId} ({mutatorLabel(row.mutator)} of template {row.parentId}, level {row.level}) · iteration {row.iteration}
        </Text>
      </Group>
      {replicate ? (
        <Text size="sm" data-replicate={replicate.choice.replicate}>
          Asked by {replicateName(replicate.choice.replicate).toLowerCase()} of {replicate.of}, the fuzzing loop seeded {replicate.choice.seed}.
        </Text>
      ) : null}
      <Stack gap={4}>
        <Title order={3}>Question</Title>
        <Text size="sm">{row.question}</Text>
        <Text size="xs" c="dimmed">
          {[categoryLabel(row.category), languageLabel(row.language), row.questionId].filter((part) => part !== '—').join(' · ')}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Title order={3}>Prompt as sent</Title>
        {row.questionAppended ? (
          <Text size="xs" c="dimmed">
            This template had lost the question’s place, so the question was added at its end (the{' '}
            <MethodTermHint id="as-published">“As published”</MethodTermHint> preset).
          </Text>
        ) : null}
        <GatedText what="the template with the question" text={row.prompt} />
      </Stack>
      <Stack gap={4}>
        <Title order={3}>Target’s answer</Title>
        <Paper withBorder p="sm">
          <ScrollArea.Autosize mah={320} type="auto">
            {row.targetError ? (
              <Text size="sm" c="red">
                No answer: {row.targetError.message}
              </Text>
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {row.answer === '' ? '(an empty answer)' : (row.answer ?? 'No answer yet.')}
              </Text>
            )}
          </ScrollArea.Autosize>
        </Paper>
      </Stack>
      <Stack gap="sm">
        <Title order={3}>Verdicts</Title>
        <JudgeVerdict
          title={row.judges ? 'Loose verdict of the panel' : 'Loose judge'}
          question={LOOSE_QUESTION}
          judge={row.loose}
          notAskedReason="Not asked: the target gave no answer."
        />
        {row.judges?.map((judge) => (
          <Box key={`loose-${judge.judge}`} pl="md">
            <JudgeVerdict title={`Judge ${judge.judge}, loose`} question={LOOSE_QUESTION} judge={judge.loose} notAskedReason="Not asked." />
          </Box>
        ))}
        <JudgeVerdict
          title={row.judges ? 'Strict verdict of the panel' : 'Strict judge'}
          question={STRICT_QUESTION}
          judge={row.strict}
          notAskedReason={
            looseYes
              ? 'Not asked: this run did not use the strict judge.'
              : `Not asked: the strict judge only reads ${row.judges ? 'the panel’s ' : ''}loose positives.`
          }
        />
        {row.strict
          ? row.judges?.map((judge) => (
              <Box key={`strict-${judge.judge}`} pl="md">
                <JudgeVerdict title={`Judge ${judge.judge}, strict`} question={STRICT_QUESTION} judge={judge.strict} notAskedReason="Not asked." />
              </Box>
            ))
          : null}
        <Stack gap={4}>
          <Title order={4}>
            <MethodTermHint id="hard-positive">Hard</MethodTermHint>
          </Title>
          <Text size="sm">
            {row.hard
              ? 'Yes: a strict positive, and the template names none of the suspected source’s keywords, so the claim did not come from the prompt.'
              : row.strict?.verdict === 1
                ? 'No: the template itself names the suspected source (one of its keywords), which may have suggested the claim.'
                : 'No: hard positives are strict positives only.'}
          </Text>
        </Stack>
      </Stack>
    </Stack>
  )
}
