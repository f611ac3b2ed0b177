import { Badge, Code, Group, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { IceJudgeView } from '../../../../../shared/contract/index'
import { Disclosure } from '../../../components/Disclosure'
import { verdictOf } from './ice-results-format'

const VERDICTS = {
  yes: { label: 'Yes', color: 'orange' },
  no: { label: 'No', color: 'green' },
  none: { label: 'No verdict', color: 'gray' },
  split: { label: 'Split', color: 'grape' },
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
          <Text size="sm">{howRead(judge)}</Text>
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

/** How the verdict was reached: read from the reply, asked again, a panel's majority or split, or none. */
function howRead(judge: IceJudgeView): string {
  if (judge.via === 'tag') return `Read from its reply${judge.form ? ` (${judge.form})` : ''}.`
  if (judge.via === 'extraction') return 'Its reply gave no single readable verdict, so it was asked once more to state just the verdict.'
  if (judge.via === 'panel' && judge.split)
    return `The panel’s judges split evenly${judge.form ? ` (${judge.form})` : ''}: no verdict. A split is left out of the rates and is not a judge failure.`
  if (judge.via === 'panel') return `The majority of the panel’s judges${judge.form ? `: ${judge.form}` : ''}. Each judge’s own verdict is below.`
  return `No verdict could be read${judge.error ? `: ${judge.error}` : ''}. It is left out of the rates (the paper-compatible rate counts it as 0).`
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
