import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconWand } from '@tabler/icons-react'
import type { PromptSetPreview } from '../../../../shared/contract/prompt-sets'
import { fieldOptions, shownChoice, type MappingChoice, type MappingMode } from './import-form'

export interface MappingFieldsProps {
  readonly preview: PromptSetPreview
  readonly mode: MappingMode
  readonly onChange: (field: keyof MappingChoice, value: string) => void
  readonly onUseDetected: () => void
  readonly error: string | undefined
}

/** Which field holds the prompt, the id and the category, from the fields the preview found. */
export function MappingFields({ preview, mode, onChange, onUseDetected, error }: MappingFieldsProps) {
  const choice = shownChoice(mode, preview)
  const options = (current: string, none: string) => [
    { value: '', label: none },
    ...fieldOptions(preview.fields, current).map((field) => ({ value: field, label: field })),
  ]
  const intro =
    mode.kind === 'custom'
      ? 'The file is read with the fields you chose.'
      : preview.shape
        ? `Found automatically (${preview.shapeLabel}). Change a field if the prompts are somewhere else.`
        : 'Distillscope did not recognise this layout: choose the field that holds the prompts.'

  return (
    <Fieldset legend="Field mapping" variant="filled">
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        {preview.fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            No fields could be read from this file yet, so there is nothing to choose from.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label="Prompt field"
              description="The question models answer"
              value={choice.promptField}
              onChange={(event) => onChange('promptField', event.currentTarget.value)}
              data={options(choice.promptField, 'Choose a field…')}
              error={error}
              required
            />
            <NativeSelect
              label="Id field (optional)"
              description="Otherwise numbered by line"
              value={choice.idField}
              onChange={(event) => onChange('idField', event.currentTarget.value)}
              data={options(choice.idField, 'None: number by position')}
            />
            <NativeSelect
              label="Category field (optional)"
              description="Groups prompts in results"
              value={choice.categoryField}
              onChange={(event) => onChange('categoryField', event.currentTarget.value)}
              data={options(choice.categoryField, 'None')}
            />
          </SimpleGrid>
        )}
        {mode.kind === 'custom' && preview.fields.length > 0 ? (
          <div>
            <Button variant="subtle" size="compact-sm" leftSection={<IconWand aria-hidden size={16} />} onClick={onUseDetected}>
              Let Distillscope detect the fields again
            </Button>
          </div>
        ) : null}
      </Stack>
    </Fieldset>
  )
}
