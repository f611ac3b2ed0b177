import { Badge, Code, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { RseJudgeJudgment } from '../../../../shared/contract/index'
import { Disclosure } from '../../components/Disclosure'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { ASPECTS, formatItemScore } from './results-table'

/**
 * Each judge's scores of one item and its reply (issue 13): the panel's score above is their mean,
 * over the judges whose reply could be read.
 */
export function PanelJudgments({ judges, modelInfo }: { readonly judges: readonly RseJudgeJudgment[]; readonly modelInfo: (alias: string) => RunModelInfo }) {
  return (
    <Stack gap="xs">
      <Title order={4}>Each judge</Title>
      <Table fz="sm" verticalSpacing={6} w="auto">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Each judge&apos;s scores for this item; the panel&apos;s are their means over the judges whose reply could be read.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Judge</Table.Th>
            <Table.Th scope="col">Overall (1–5)</Table.Th>
            {ASPECTS.map((aspect) => (
              <Table.Th key={aspect.key} scope="col">
                {aspect.label} (0–2)
              </Table.Th>
            ))}
            <Table.Th scope="col">Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {judges.map((judgment) => (
            <Table.Tr key={judgment.judge}>
              <Table.Th scope="row" fw={500}>
                {modelInfo(judgment.judge).name}
              </Table.Th>
              <Table.Td fw={700}>{formatItemScore(judgment.overall)}</Table.Td>
              {ASPECTS.map((aspect) => (
                <Table.Td key={aspect.key}>{formatItemScore(judgment[aspect.key])}</Table.Td>
              ))}
              <Table.Td maw={320}>
                <Group gap={4} wrap="wrap">
                  {judgment.reasked ? (
                    <Badge color="yellow" variant="light">
                      Re-asked
                    </Badge>
                  ) : null}
                  {judgment.failedReason ? (
                    <Text size="xs" c="red">
                      {judgment.failedReason}
                    </Text>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {judges.map((judgment) => (
        <JudgeReply key={judgment.judge} judgment={judgment} name={modelInfo(judgment.judge).name} />
      ))}
    </Stack>
  )
}

function JudgeReply({ judgment, name }: { readonly judgment: RseJudgeJudgment; readonly name: string }) {
  const [open, setOpen] = useState(false)
  if (!judgment.rawReply && !judgment.explanation) return null
  return (
    <Disclosure label={`${name}’s reply`} open={open} onToggle={() => setOpen((value) => !value)}>
      <Stack gap={4}>
        {judgment.explanation ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {judgment.explanation}
          </Text>
        ) : null}
        {judgment.rawReply ? (
          <ScrollArea.Autosize mah={320} type="auto">
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {judgment.rawReply}
            </Code>
          </ScrollArea.Autosize>
        ) : null}
      </Stack>
    </Disclosure>
  )
}
