import { Alert, Autocomplete, Button, Group, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { IconAlertCircle, IconList } from '@tabler/icons-react'
import { userMessage } from '../../lib/api'
import { useApi } from '../../lib/useApi'

export interface ModelIdFieldProps {
  readonly providerId: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly error: string | undefined
  readonly autoFocus: boolean
}

/** A free-text model id, with suggestions from the provider's own list once "List models" was pressed. */
export function ModelIdField({ providerId, value, onChange, error, autoFocus }: ModelIdFieldProps) {
  const api = useApi()
  const listing = useMutation({ mutationFn: () => api.request('models.listRemote', { providerId }) })
  const ids = listing.data?.ids ?? []
  return (
    <Stack gap={6}>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Autocomplete
          label="Model id"
          description="The exact id the provider uses, for example gpt-4o or deepseek-chat."
          value={value}
          onChange={onChange}
          data={ids as string[]}
          limit={100}
          error={error}
          autoComplete="off"
          spellCheck={false}
          flex={1}
          data-autofocus={autoFocus || undefined}
        />
        <Button
          variant="default"
          leftSection={<IconList aria-hidden size={18} />}
          loading={listing.isPending}
          disabled={providerId === ''}
          onClick={() => listing.mutate()}
          mb={error ? 22 : 0}
        >
          List models
        </Button>
      </Group>
      {listing.isSuccess ? (
        <Text size="sm" role="status">
          {ids.length === 0
            ? 'The provider listed no models. Type the model id yourself.'
            : `Found ${ids.length === 1 ? '1 model' : `${ids.length} models`}. Start typing in “Model id” to pick one.`}
        </Text>
      ) : null}
      {listing.isError ? (
        <Alert color="red" variant="light" title="This provider could not list its models" icon={<IconAlertCircle aria-hidden />}>
          {userMessage(listing.error)} You can still type the model id yourself.
        </Alert>
      ) : null}
    </Stack>
  )
}
