import { Alert, Badge, Button, Code, Group, Modal, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertCircle, IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useState } from 'react'
import type { RseItemRow } from '../../../../shared/contract/index'
import { Disclosure } from '../../components/Disclosure'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { ASPECTS, formatItemScore, itemFailure, itemState } from './results-table'
import { PanelJudgments } from './PanelJudgments'
import { ChecksSection, FurtherSamplesSection } from './rse-checks/ItemCheckSections'

export interface ItemDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly row: RseItemRow | undefined
  readonly reference: RunModelInfo
  readonly modelInfo: (alias: string) => RunModelInfo
  /** Undefined when there is no item before / after this one on the page. */
  readonly onPrevious?: () => void
  readonly onNext?: () => void
  /** "Item 3 of 20 on this page". */
  readonly position: string
}

const ANSWER_HEIGHT = 420

/** One item: the prompt, the two answers side by side, and what the judge made of them. */
export function ItemDialog({ opened, onClose, row, reference, modelInfo, onPrevious, onNext, position }: ItemDialogProps) {
  const student = row ? modelInfo(row.student) : undefined
  const title = row && student ? `Item ${row.itemId}: ${student.name} on ${row.setName}` : 'Item'
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={1120}>
      {row && student ? (
        <ItemBody key={`${row.student}\u0000${row.setName}\u0000${row.itemId}`} row={row} reference={reference} student={student} modelInfo={modelInfo} />
      ) : null}
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">
          {position}
        </Text>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconChevronLeft aria-hidden size={16} />} disabled={!onPrevious} onClick={onPrevious}>
            Previous item
          </Button>
          <Button variant="default" rightSection={<IconChevronRight aria-hidden size={16} />} disabled={!onNext} onClick={onNext}>
            Next item
          </Button>
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Group>
    </Modal>
  )
}

function ItemBody({
  row,
  reference,
  student,
  modelInfo,
}: {
  readonly row: RseItemRow
  readonly reference: RunModelInfo
  readonly student: RunModelInfo
  readonly modelInfo: (alias: string) => RunModelInfo
}) {
  const [rawOpen, setRawOpen] = useState(false)
  const judgment = row.judgment
  const failure = itemFailure(row)
  const state = itemState(row)
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3}>Prompt</Title>
        <Paper withBorder p="sm">
          <ScrollArea.Autosize mah={200} type="auto">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {row.prompt}
            </Text>
          </ScrollArea.Autosize>
        </Paper>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Answer heading="Reference’s answer" info={reference} answer={row.reference} />
        <Answer heading="Student’s answer" info={student} answer={row.candidate} />
      </SimpleGrid>

      <Stack gap="xs">
        <Group gap="sm">
          <Title order={3}>{row.judges ? 'The panel’s scores' : 'Judge’s scores'}</Title>
          {state === 'scored' ? (
            <Badge color="green" variant="light">
              Scored
            </Badge>
          ) : state === 'failed' ? (
            <Badge color="red" variant="light">
              Failed
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              Not judged yet
            </Badge>
          )}
          {judgment?.reasked ? (
            <Badge color="yellow" variant="light">
              Re-asked
            </Badge>
          ) : null}
        </Group>
        {failure && state !== 'scored' ? (
          <Alert
            color={state === 'failed' ? 'red' : 'gray'}
            variant="light"
            role="note"
            title={state === 'failed' ? 'No score for this item' : 'Not judged yet'}
            icon={<IconAlertCircle aria-hidden />}
          >
            {failure}
          </Alert>
        ) : null}
        {judgment ? (
          <Table fz="sm" verticalSpacing={6} w="auto">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {row.judges ? 'The panel’s scores for this item: the mean over its judges' : 'The judge’s scores for this item'}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Overall (1–5)</Table.Th>
                {ASPECTS.map((aspect) => (
                  <Table.Th key={aspect.key} scope="col">
                    {aspect.label} (0–2)
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td fw={700}>{formatItemScore(judgment.overall)}</Table.Td>
                {ASPECTS.map((aspect) => (
                  <Table.Td key={aspect.key}>{formatItemScore(judgment[aspect.key])}</Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        ) : null}
        {row.judges ? <PanelJudgments judges={row.judges} modelInfo={modelInfo} /> : null}
        {judgment?.reasked && !row.judges ? (
          <Text size="sm">
            The judge’s first reply could not be read, so it was asked once more for the scores
            {state === 'scored' ? '; the second reply gave them.' : ', without success.'}
          </Text>
        ) : null}
        {judgment?.explanation ? (
          <Stack gap={4}>
            <Title order={4}>Explanation</Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {judgment.explanation}
            </Text>
          </Stack>
        ) : null}
        {judgment?.rawReply ? (
          <Disclosure label="The judge’s raw reply" open={rawOpen} onToggle={() => setRawOpen((open) => !open)}>
            <ScrollArea.Autosize mah={320} type="auto">
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {judgment.rawReply}
              </Code>
            </ScrollArea.Autosize>
          </Disclosure>
        ) : null}
      </Stack>
      {row.furtherSamples?.length ? <FurtherSamplesSection samples={row.furtherSamples} modelInfo={modelInfo} /> : null}
      {row.checks?.length ? <ChecksSection checks={row.checks} modelInfo={modelInfo} /> : null}
    </Stack>
  )
}

function Answer({ heading, info, answer }: { readonly heading: string; readonly info: RunModelInfo; readonly answer: RseItemRow['reference'] }) {
  return (
    <Stack gap={4} miw={0}>
      <Group gap="xs" wrap="wrap">
        <Title order={3}>{heading}</Title>
        {info.simulated ? <SimulatedBadge /> : null}
      </Group>
      <Text size="xs" c="dimmed">
        {info.name}
        {info.model && info.model !== info.name ? ` (${info.model})` : ''}
      </Text>
      <Paper withBorder p="sm">
        <ScrollArea.Autosize mah={ANSWER_HEIGHT} type="auto">
          {answer?.text !== undefined ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {answer.text === '' ? '(an empty answer)' : answer.text}
            </Text>
          ) : (
            <Text size="sm" c="red">
              {answer?.error ? `No answer: ${answer.error}` : 'No answer yet.'}
            </Text>
          )}
        </ScrollArea.Autosize>
      </Paper>
    </Stack>
  )
}
