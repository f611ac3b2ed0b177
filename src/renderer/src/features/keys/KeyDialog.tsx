import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core'
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react'
import { useState } from 'react'
import type { KeyStoreState, Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { userMessage } from '../../lib/api'
import { KeyForm } from '../../components/KeyForm'
import { KeyStatusText } from '../../components/KeyStatusText'
import { needsUnlock } from '../../lib/keys/key-status'
import { UnlockKeysForm } from '../../components/UnlockKeysForm'
import { useRemoveKey } from '../../lib/data/useKeys'

export interface KeyDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  /** The provider as currently listed (its key status follows saves made anywhere). */
  readonly provider: Provider | undefined
  readonly preset: ProviderPreset | undefined
  readonly keyState: KeyStoreState | undefined
  /** Changes on every opening, so the dialog starts afresh. */
  readonly session: number
}

export function KeyDialog({ opened, onClose, provider, preset, keyState, session }: KeyDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={provider ? `API key for ${provider.name}` : 'API key'} size="lg">
      {provider ? <KeyDialogBody key={session} provider={provider} preset={preset} keyState={keyState} onClose={onClose} /> : null}
    </Modal>
  )
}

function KeyDialogBody({ provider, preset, keyState, onClose }: Omit<KeyDialogProps, 'opened' | 'session' | 'provider'> & { readonly provider: Provider }) {
  const [saved, setSaved] = useState(false)
  const [confirmingRemove, setConfirmingRemove] = useState(false)
  const [removed, setRemoved] = useState(false)
  const remove = useRemoveKey()
  const storedKey = provider.key.configured && provider.key.source === 'store'

  if (provider.preset === 'simulator') {
    return (
      <Stack gap="md">
        <Text>The Offline demo is simulated on this computer, so it needs no key.</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    )
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        Your key is encrypted and kept on this computer. Distillscope sends it only to this provider and never shows it again: only its last four characters are
        kept, so you can recognise it.
      </Text>
      <div aria-live="polite">
        <KeyStatusText provider={provider} preset={preset} prefix="Key status: " />
      </div>
      {provider.key.source === 'env' ? (
        <Text size="sm" c="dimmed">
          The environment variable {provider.apiKeyEnv} is read when Distillscope starts and takes precedence. A key saved here is used only when that variable
          is not set.
        </Text>
      ) : null}
      {saved ? (
        <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          Key saved. It is encrypted on this computer.
        </Alert>
      ) : null}
      {removed ? (
        <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          Key removed.
        </Alert>
      ) : null}
      {needsUnlock(keyState) && keyState ? (
        <UnlockKeysForm state={keyState} headingOrder={3} />
      ) : (
        <KeyForm
          provider={provider}
          submitLabel="Save key"
          autoFocus
          description={storedKey ? 'Paste a new key to replace the saved one.' : "Paste the key from the provider's website."}
          onDone={() => {
            setSaved(true)
            setRemoved(false)
          }}
          secondaryActions={
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          }
        />
      )}
      {storedKey && !confirmingRemove ? (
        <div>
          <Button variant="subtle" color="red" onClick={() => setConfirmingRemove(true)}>
            Remove key
          </Button>
        </div>
      ) : null}
      {storedKey && confirmingRemove ? (
        <Paper withBorder p="md" role="group" aria-label="Confirm removing the key">
          <Stack gap="sm">
            <Text size="sm">
              Remove the saved API key for {provider.name}? Tests and runs with this provider will fail until you add a key again. This cannot be undone.
            </Text>
            {remove.isError ? (
              <Alert color="red" variant="light" title="The key was not removed" icon={<IconAlertCircle aria-hidden />}>
                {userMessage(remove.error)}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirmingRemove(false)} autoFocus>
                Cancel
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(provider.id, {
                    onSuccess: () => {
                      setConfirmingRemove(false)
                      setRemoved(true)
                      setSaved(false)
                    },
                  })
                }
              >
                Remove key
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  )
}
