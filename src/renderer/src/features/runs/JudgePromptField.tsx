import { Checkbox, Code, Group, Radio, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { Disclosure } from '../../components/Disclosure'
import { useRouteQuery } from '../../lib/useRouteQuery'

export interface JudgePromptFieldProps {
  readonly rubric: 'distillscope' | 'as-published'
  readonly onRubricChange: (rubric: 'distillscope' | 'as-published') => void
  readonly custom: boolean
  readonly value: string
  readonly error?: string
  onCustomChange(custom: boolean, prefill: string | undefined): void
  onChange(value: string): void
}

/**
 * The judge prompt (METHOD.md section 3): the default is shown in full, and choosing to write
 * one's own starts from a copy of it, so an edit keeps the structure the parser expects.
 */
export function JudgePromptField({ rubric, onRubricChange, custom, value, error, onCustomChange, onChange }: JudgePromptFieldProps) {
  const prompt = useRouteQuery('runs.defaultJudgePrompt', [{ rubric }])
  const template = prompt.data?.template
  const [showDefault, setShowDefault] = useState(false)
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Judge rubric"
        description="Both ask for the three aspect scores (0-2) and an overall score (1-5) in the same JSON block. “As published” follows the paper’s structure: a system message, a descriptor for every level, the paper’s anchors; its wording is ours, since the paper did not publish its prompt. Compare with the paper’s table only under it."
        value={rubric}
        onChange={(next) => onRubricChange(next === 'as-published' ? 'as-published' : 'distillscope')}
      >
        <Group mt="xs">
          <Radio value="distillscope" label="Distillscope (ours)" />
          <Radio value="as-published" label="As published" />
        </Group>
      </Radio.Group>
      <Checkbox
        label="Use my own judge prompt"
        description="Otherwise Distillscope’s default judge prompt is used (recommended: its replies are known to be readable)."
        checked={custom}
        onChange={(event) => onCustomChange(event.currentTarget.checked, value === '' ? template : undefined)}
      />
      {custom ? (
        <Textarea
          label="Judge prompt"
          description="Keep {question}, {reference} and {candidate}: they are replaced by the prompt and the two answers. Keep asking for the scores and the final JSON block, or replies cannot be read."
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          autosize
          minRows={6}
          maxRows={16}
        />
      ) : template ? (
        <Disclosure label="Show the default judge prompt" open={showDefault} onToggle={() => setShowDefault((open) => !open)}>
          <Text size="sm" c="dimmed">
            The judge’s system message, then its message with the question and the two answers in place of the placeholders; the judge answers at temperature 0.
          </Text>
          {prompt.data?.system ? <Code block>{prompt.data.system}</Code> : null}
          <Code block>{template}</Code>
        </Disclosure>
      ) : null}
    </Stack>
  )
}
