import { Badge, Code, Group, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { IceJudgeView } from '../../../../../shared/contract/index'
import { Disclosure } from '../../../components/Disclosure'
import { verdictOf } from './ice-results-format'

const VERDICTS = {
  yes: { label: 'Yes', color: 'orange' },
  no: { label: 'No', color: 'green' },
  none: { label: 'No verdict', color: 'gray' },
  'not-asked': { label: 'Not asked', color: 'gray' },
} as const

/** One judge's verdict on an answer, how it was read, and its replies on request. */
export function JudgeVerdict({
  title,
  question,
  judge,
  notAskedReason,
}: {
  readonly title: string
  readonly question: string
  readonly judge: IceJudgeView | undefined
  readonly notAskedReason: string
}) {
  const [open, setOpen] = useState(false)
  const verdict = verdictOf(judge)
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={4}>{title}</Title>
        <Badge color={VERDICTS[verdict].color} variant="light">
          {VERDICTS[verdict].label}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {question}
      </Text>
      {!judge ? (
        <Text size="sm">{notAskedReason}</Text>
      ) : (
        <>
          <Text size="sm">
            {judge.via === 'tag'
              ? `Read from its reply${judge.form ? ` (${judge.form})` : ''}.`
              : judge.via === 'extraction'
                ? 'Its reply gave no single readable verdict, so it was asked once more to state just the verdict.'
                : `No verdict could be read${judge.error ? `: ${judge.error}` : ''}. It is left out of the rates (the paper-compatible rate counts it as 0).`}
          </Text>
          {judge.reply !== undefined || judge.extractionReply !== undefined ? (
            <Disclosure label={`The ${title.toLowerCase()}’s reply`} open={open} onToggle={() => setOpen((value) => !value)}>
              {judge.reply !== undefined ? <Reply text={judge.reply} /> : null}
              {judge.extractionReply !== undefined ? (
                <>
                  <Text size="xs" c="dimmed">
                    When asked for just the verdict:
                  </Text>
                  <Reply text={judge.extractionReply} />
                </>
              ) : null}
            </Disclosure>
          ) : null}
        </>
      )}
    </Stack>
  )
}

function Reply({ text }: { readonly text: string }) {
  return (
    <ScrollArea.Autosize mah={260} type="auto">
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Code>
    </ScrollArea.Autosize>
  )
}
