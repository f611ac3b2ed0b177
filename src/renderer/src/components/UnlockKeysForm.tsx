import { Alert, Button, PasswordInput, Text, Title } from '@mantine/core'
import { IconAlertCircle, IconLockOpen } from '@tabler/icons-react'
import { useId, useRef, useState } from 'react'
import type { KeyStoreState } from '../../../shared/contract/index'
import { NO_ERRORS, type FormErrors } from '../lib/forms'
import { MIN_PASSPHRASE_LENGTH, unlockErrorsFrom, validateUnlock, type UnlockField } from '../lib/keys/key-status'
import { useUnlockKeys } from '../lib/data/useKeys'
import { FormStack } from './FormStack'

export interface UnlockKeysFormProps {
  readonly state: KeyStoreState
  /** 2 on the page, 3 inside a dialog. */
  readonly headingOrder?: 2 | 3 | 4
  readonly onUnlocked?: () => void
}

const WHY =
  'This computer offers no secure keyring Distillscope can use, or Distillscope is running in your browser, so your API keys are encrypted with a passphrase that only you know.'

/**
 * Passphrase mode: keys cannot be saved or used until the passphrase is entered (the first time,
 * chosen). The passphrase stays in its input, never in React state, and the input is cleared once
 * the keys are unlocked.
 */
export function UnlockKeysForm({ state, headingOrder = 3, onUnlocked }: UnlockKeysFormProps) {
  const firstTime = !state.initialised
  const headingId = useId()
  const passphraseRef = useRef<HTMLInputElement>(null)
  const confirmationRef = useRef<HTMLInputElement>(null)
  const [errors, setErrors] = useState<FormErrors<UnlockField>>(NO_ERRORS)
  const unlock = useUnlockKeys()

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const invalid = validateUnlock(passphraseRef.current?.value ?? '', confirmationRef.current?.value ?? '', firstTime)
    if (invalid) {
      setErrors(invalid)
      ;(invalid.fields.passphrase ? passphraseRef : confirmationRef).current?.focus()
      return
    }
    setErrors(NO_ERRORS)
    unlock.mutate(() => passphraseRef.current?.value ?? '', {
      onSuccess: () => {
        if (passphraseRef.current) passphraseRef.current.value = ''
        if (confirmationRef.current) confirmationRef.current.value = ''
        onUnlocked?.()
      },
      onError: (error) => {
        setErrors(unlockErrorsFrom(error))
        passphraseRef.current?.focus()
      },
    })
  }

  return (
    <FormStack gap="sm" onSubmit={submit} aria-labelledby={headingId}>
      <Title order={headingOrder} id={headingId}>
        Unlock your keys
      </Title>
      <Text size="sm">{WHY}</Text>
      <Text size="sm" c="dimmed">
        {firstTime
          ? 'Choose the passphrase now. You will enter it each time Distillscope starts. If you forget it, your saved keys cannot be recovered and you will need to enter them again.'
          : 'Enter your passphrase to save, change and use your keys until Distillscope stops.'}
      </Text>
      <PasswordInput
        ref={passphraseRef}
        label={firstTime ? `Choose a passphrase (at least ${MIN_PASSPHRASE_LENGTH} characters)` : 'Passphrase'}
        autoComplete={firstTime ? 'new-password' : 'current-password'}
        error={errors.fields.passphrase}
        errorProps={{ role: 'alert' }}
        visibilityToggleButtonProps={{ 'aria-label': 'Show passphrase' }}
        maw={420}
      />
      {firstTime ? (
        <PasswordInput
          ref={confirmationRef}
          label="Type the passphrase again"
          autoComplete="new-password"
          error={errors.fields.confirmation}
          errorProps={{ role: 'alert' }}
          visibilityToggleButtonProps={{ 'aria-label': 'Show the repeated passphrase' }}
          maw={420}
        />
      ) : null}
      {errors.general ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
          {errors.general}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" loading={unlock.isPending} leftSection={<IconLockOpen aria-hidden size={18} />}>
          Unlock keys
        </Button>
      </div>
    </FormStack>
  )
}
