import { Button, Group, NumberInput, Text, Textarea } from '@mantine/core'
import { useState, type Dispatch, type SetStateAction } from 'react'
import { Disclosure } from '../../components/Disclosure'
import type { FormErrors } from '@mantine/form'
import { fieldError } from '../../lib/schema-errors'
import { DEFAULT_SYSTEM_PROMPT, DEFAULT_TEMPERATURE, GENERATION_FIELDS, type ModelDraft } from './model-form'

export interface GenerationSettingsProps {
  readonly values: ModelDraft['values']
  /** The model form's errors (@mantine/form). */
  readonly errors: FormErrors
  readonly setDraft: Dispatch<SetStateAction<ModelDraft>>
}

/**
 * Temperature, output tokens, top_p and the system prompt, folded away: the paper's settings are
 * the defaults, and changing them makes results incomparable with it. Opens by itself when one of
 * them has an error, so the message is never hidden.
 */
export function GenerationSettings({ values, errors, setDraft }: GenerationSettingsProps) {
  const [advancedOpen, setAdvancedOpen] = useState(false)
  const advancedHasError = GENERATION_FIELDS.some((field) => fieldError(errors, field) !== undefined)
  const set = <K extends keyof ModelDraft['values']>(key: K, value: ModelDraft['values'][K]) =>
    setDraft((current) => ({ ...current, values: { ...current.values, [key]: value } }))
  return (
    <Disclosure
      label="Generation settings (advanced)"
      open={advancedOpen || advancedHasError}
      onToggle={() => setAdvancedOpen(!(advancedOpen || advancedHasError))}
    >
      <Text size="sm">
        The paper measured every model with temperature {DEFAULT_TEMPERATURE} and the system prompt “{DEFAULT_SYSTEM_PROMPT}”. Keep these defaults so your
        results can be compared with it; change them only if you know why.
      </Text>
      <Group gap="md" grow align="flex-start">
        <NumberInput
          label="Temperature"
          description="0 gives the most repeatable answers (0 to 2)."
          value={values.temperature}
          onChange={(value) => set('temperature', value)}
          error={fieldError(errors, 'temperature')}
          min={0}
          max={2}
          step={0.1}
          decimalScale={2}
          allowNegative={false}
        />
        <NumberInput
          label="Maximum output tokens (optional)"
          description="Leave empty to let the provider decide."
          value={values.maxTokens}
          onChange={(value) => set('maxTokens', value)}
          error={fieldError(errors, 'maxTokens')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
        />
        <NumberInput
          label="top_p (optional)"
          description="Leave empty for the provider's default (above 0, at most 1)."
          value={values.topP}
          onChange={(value) => set('topP', value)}
          error={fieldError(errors, 'topP')}
          min={0}
          max={1}
          step={0.05}
          decimalScale={3}
          allowNegative={false}
        />
      </Group>
      <Textarea
        label="System prompt"
        value={values.systemPrompt}
        onChange={(event) => set('systemPrompt', event.currentTarget.value)}
        error={fieldError(errors, 'systemPrompt')}
        autosize
        minRows={2}
        maxRows={8}
      />
      <div>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            setDraft((current) => ({
              ...current,
              values: { ...current.values, temperature: DEFAULT_TEMPERATURE, maxTokens: '', topP: '', systemPrompt: DEFAULT_SYSTEM_PROMPT },
            }))
          }
        >
          Restore the paper’s settings
        </Button>
      </div>
    </Disclosure>
  )
}
