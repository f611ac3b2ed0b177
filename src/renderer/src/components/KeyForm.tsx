import { Alert, Button, Group, PasswordInput } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useRef, useState, type ReactNode } from 'react'
import type { Provider, ProviderKeyStatus } from '../../../shared/contract/index'
import { NO_ERRORS, type FormErrors } from '../lib/forms'
import { keyErrorsFrom, type KeyField } from '../lib/keys/key-status'
import { useSetKey } from '../lib/data/useKeys'
import { FormStack } from './FormStack'

export interface KeyFormProps {
  readonly provider: Provider
  readonly submitLabel: string
  readonly description: string
  /**
   * After saving (with the new status), or, when `allowEmpty`, after submitting an empty field
   * (with undefined): the add-a-model flow continues without a key.
   */
  readonly onDone?: (status: ProviderKeyStatus | undefined) => void
  readonly allowEmpty?: boolean
  /** Buttons shown before the submit button (e.g. Back). */
  readonly secondaryActions?: ReactNode
  readonly autoFocus?: boolean
}

/**
 * Sets or replaces a provider's key. The key lives only in the (uncontrolled) input: it is read at
 * the moment `keys.set` is sent, never copied into React state, and the input is cleared once saved.
 */
export function KeyForm({ provider, submitLabel, description, onDone, allowEmpty = false, secondaryActions, autoFocus = false }: KeyFormProps) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [errors, setErrors] = useState<FormErrors<KeyField>>(NO_ERRORS)
  const setKey = useSetKey()

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const empty = (inputRef.current?.value.trim() ?? '') === ''
    if (empty) {
      if (allowEmpty) {
        setErrors(NO_ERRORS)
        onDone?.(undefined)
      } else {
        setErrors({ fields: { key: 'Paste the key first' } })
        inputRef.current?.focus()
      }
      return
    }
    setErrors(NO_ERRORS)
    setKey.mutate(
      { providerId: provider.id, readKey: () => inputRef.current?.value.trim() ?? '' },
      {
        onSuccess: (status) => {
          if (inputRef.current) inputRef.current.value = ''
          onDone?.(status)
        },
        onError: (error) => {
          setErrors(keyErrorsFrom(error))
          inputRef.current?.focus()
        },
      },
    )
  }

  return (
    <FormStack gap="sm" onSubmit={submit}>
      <PasswordInput
        ref={inputRef}
        label="API key"
        description={description}
        error={errors.fields.key}
        errorProps={{ role: 'alert' }}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        visibilityToggleButtonProps={{ 'aria-label': 'Show the key while typing' }}
        data-autofocus={autoFocus || undefined}
      />
      {errors.general ? (
        <Alert color="red" variant="light" title="The key was not saved" icon={<IconAlertCircle aria-hidden />}>
          {errors.general}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        {secondaryActions}
        <Button type="submit" loading={setKey.isPending}>
          {submitLabel}
        </Button>
      </Group>
    </FormStack>
  )
}
