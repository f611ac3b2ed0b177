import { Alert, Button, Group, Modal, TagsInput, Text, TextInput, Textarea } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useState } from 'react'
import type { IdentityFactView } from '../../../../shared/contract/ice-library'
import { FormStack } from '../../components/FormStack'
import { useSaveFact } from '../../lib/data/useIceLibrary'
import { NO_ERRORS, type FormErrors } from '../../lib/forms'
import { EMPTY_FACT, FACT_LIMITS, buildFactInput, factErrorsFrom, factToValues, type FactField, type FactFormValues } from './fact-form'

export interface FactDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  /** Undefined: a new fact. */
  readonly fact: IdentityFactView | undefined
  readonly onSaved: (fact: IdentityFactView, added: boolean) => void
  /** A new number per opening: each opening starts from the saved fact. */
  readonly session: number
}

export const ADD_FACT_TITLE = 'Add an identity fact'

export function FactDialog({ opened, onClose, fact, onSaved, session }: FactDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={fact ? `Edit the fact for ${fact.vendor}` : ADD_FACT_TITLE}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <FactForm key={session} fact={fact} onClose={onClose} onSaved={onSaved} />
    </Modal>
  )
}

function FactForm({ fact, onClose, onSaved }: Pick<FactDialogProps, 'fact' | 'onClose' | 'onSaved'>) {
  const [values, setValues] = useState<FactFormValues>(() => (fact ? factToValues(fact) : EMPTY_FACT))
  const [errors, setErrors] = useState<FormErrors<FactField>>(NO_ERRORS)
  const save = useSaveFact()
  const set = <K extends FactField>(key: K, value: FactFormValues[K]) => setValues((current) => ({ ...current, [key]: value }))

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const built = buildFactInput(values, fact?.id)
    if (!built.ok) {
      setErrors(built.errors)
      return
    }
    setErrors(NO_ERRORS)
    save.mutate(built.input, { onSuccess: (saved) => onSaved(saved, fact === undefined), onError: (error) => setErrors(factErrorsFrom(error)) })
  }

  return (
    <FormStack onSubmit={submit}>
      {fact?.builtin ? (
        <Text size="sm" c="dimmed">
          This fact comes with Distillscope. Your changes replace it on this computer; “Reset” in the table brings the original back.
        </Text>
      ) : null}
      <TextInput
        label="Vendor"
        description="The company that made the model, as people know it: “Alibaba Cloud”, “DeepSeek”."
        value={values.vendor}
        onChange={(event) => set('vendor', event.currentTarget.value)}
        error={errors.fields.vendor}
        maxLength={FACT_LIMITS.vendorChars}
        autoComplete="off"
        data-autofocus
      />
      <Textarea
        label="Identity fact"
        description="One sentence in the first person, as the model should describe itself: “I am a large language model built by Alibaba Cloud, part of Alibaba Group.” The judge checks every answer against it."
        value={values.fact}
        onChange={(event) => set('fact', event.currentTarget.value)}
        error={errors.fields.fact}
        autosize
        minRows={3}
        maxRows={8}
        maxLength={FACT_LIMITS.factChars}
      />
      <TagsInput
        label="Series"
        description="The names the vendor’s models go by (ChatGPT, GPT; Claude). When this vendor is a suspected source, the strict judge looks for these names. Press Enter after each."
        value={[...values.series]}
        onChange={(series) => set('series', series)}
        error={errors.fields.series}
        splitChars={[',']}
        clearable
      />
      <TagsInput
        label="Keywords"
        description="Words that, found in a template, mean the template itself suggested this vendor: such answers do not count as hard. Capitals do not matter; left empty, the vendor’s name is used. Press Enter after each."
        value={[...values.keywords]}
        onChange={(keywords) => set('keywords', keywords)}
        error={errors.fields.keywords}
        splitChars={[',']}
        clearable
      />
      {errors.general ? (
        <Alert color="red" variant="light" title="The fact was not saved" icon={<IconAlertCircle aria-hidden />}>
          {errors.general}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          {fact ? 'Save changes' : 'Add fact'}
        </Button>
      </Group>
    </FormStack>
  )
}
