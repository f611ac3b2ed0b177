import { Badge, Checkbox, Group, NumberInput, Stack, Table, Text } from '@mantine/core'
import { useId } from 'react'
import type { PromptSet } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import { LinkButton } from '../../components/LinkButton'
import { setChoice, withSetChoice, type RseField, type RseFieldErrors, type RseFormValues } from './rse-form'
import { formatCount } from '../../lib/format'

export interface PromptSetPickerProps {
  readonly values: RseFormValues
  readonly promptSets: readonly PromptSet[] | undefined
  readonly loadError: unknown
  readonly onRetry: () => void
  readonly errors: RseFieldErrors
  readonly onChange: (change: (current: RseFormValues) => RseFormValues, fields: readonly RseField[]) => void
}

const DOMAIN_LABELS: Readonly<Record<PromptSet['domain'], string>> = {
  general: 'General',
  math: 'Maths',
  instruction: 'Instructions',
  other: 'Other',
}

/** The sets to ask, each with an optional sample size and its seed. */
export function PromptSetPicker({ values, promptSets, loadError, onRetry, errors, onChange }: PromptSetPickerProps) {
  const captionId = useId()
  if (loadError) return <ErrorAlert title="Could not load your prompt sets" error={loadError} onRetry={onRetry} />
  if (!promptSets) {
    return (
      <Text size="sm" role="status">
        Loading your prompt sets…
      </Text>
    )
  }
  if (promptSets.length === 0) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">There are no prompt sets yet. Import one (Arena-Hard, NuminaMath, ShareGPT or your own file) on the Prompt sets page.</Text>
        <LinkButton to="/prompt-sets">Go to Prompt sets</LinkButton>
      </Stack>
    )
  }
  return (
    <Stack gap="sm">
      <Text size="sm" id={captionId}>
        Every model answers the prompts of the sets you tick. Leave the sample size empty to ask every prompt, or enter a number to ask that many, drawn at
        random with the seed (the same seed always draws the same prompts). The paper used 500 Arena-Hard prompts and 1,000 each of NuminaMath and ShareGPT.
      </Text>
      {errors.sets ? (
        <Text size="sm" c="red">
          {errors.sets}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" fz="sm" aria-describedby={captionId}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Prompt sets to ask</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Prompt set</Table.Th>
              <Table.Th scope="col">Prompts</Table.Th>
              <Table.Th scope="col">Sample size</Table.Th>
              <Table.Th scope="col">Sampling seed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {promptSets.map((set) => {
              const choice = setChoice(values, set)
              const sampleField: RseField = `sample:${set.id}`
              const seedField: RseField = `seed:${set.id}`
              return (
                <Table.Tr key={set.id}>
                  <Table.Td>
                    <Checkbox
                      checked={choice.selected}
                      onChange={(event) => {
                        const selected = event.currentTarget.checked
                        onChange((current) => withSetChoice(current, set, { selected }), ['sets'])
                      }}
                      label={
                        <Group gap={6} component="span" wrap="wrap">
                          <span>{set.name}</span>
                          <Badge size="xs" variant="light" color="gray">
                            {DOMAIN_LABELS[set.domain]}
                          </Badge>
                          {set.builtin ? (
                            <Badge size="xs" variant="light" color="indigo">
                              Built-in
                            </Badge>
                          ) : null}
                        </Group>
                      }
                    />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCount(set.itemCount)}</Table.Td>
                  <Table.Td w={170}>
                    <NumberInput
                      aria-label={`Sample size for ${set.name}`}
                      placeholder={`All ${formatCount(set.itemCount)}`}
                      value={choice.sample}
                      onChange={(sample) => onChange((current) => withSetChoice(current, set, { sample }), [sampleField])}
                      error={errors[sampleField]}
                      disabled={!choice.selected}
                      min={1}
                      max={set.itemCount}
                      allowDecimal={false}
                      allowNegative={false}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td w={150}>
                    <NumberInput
                      aria-label={`Sampling seed for ${set.name}`}
                      value={choice.seed}
                      onChange={(seed) => onChange((current) => withSetChoice(current, set, { seed }), [seedField])}
                      error={errors[seedField]}
                      disabled={!choice.selected}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      size="xs"
                    />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {promptSets.some((set) => set.builtin) ? (
        <Text size="xs" c="dimmed">
          The built-in sets are short demonstration sets written for Distillscope, not the paper’s data.
        </Text>
      ) : null}
    </Stack>
  )
}
