import { Alert, Code, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react'
import type { ProviderKind } from '../../../shared/providers/presets'
import { userMessage } from '../lib/api'
import { routeKey } from '../lib/query-keys'
import { useApi } from '../lib/useApi'

export const PREVIEW_DELAY_MS = 300

/**
 * The exact address requests will go to, worked out by the backend (the same normalisation it
 * applies when saving) a moment after typing stops. Announced politely as it changes.
 */
export function EndpointPreview({ kind, baseURL, id }: { readonly kind: ProviderKind; readonly baseURL: string; readonly id?: string }) {
  const api = useApi()
  const [typed] = useDebouncedValue(baseURL.trim(), PREVIEW_DELAY_MS)
  const input = { kind, baseURL: typed }
  const preview = useQuery({
    queryKey: routeKey('providers.previewEndpoint', input),
    queryFn: () => api.request('providers.previewEndpoint', input),
    enabled: typed !== '',
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  })
  const result = typed === '' ? undefined : preview.data
  return (
    <div aria-live="polite" id={id}>
      {typed === '' ? (
        <Text size="sm" c="dimmed">
          Enter the base URL to see the exact address Distillscope will call.
        </Text>
      ) : preview.isError ? (
        <Text size="sm" c="dimmed">
          The address could not be checked: {userMessage(preview.error)}
        </Text>
      ) : result?.error ? (
        <Alert color="red" variant="light" role="note" p="xs" icon={<IconAlertCircle aria-hidden size={18} />}>
          {result.error}
        </Alert>
      ) : result?.endpoint ? (
        <>
          <Text size="sm">
            Requests will go to <Code style={{ wordBreak: 'break-all' }}>{result.endpoint}</Code>
          </Text>
          {result.warning ? (
            <Alert color="yellow" variant="light" role="note" p="xs" mt="xs" icon={<IconAlertTriangle aria-hidden size={18} />}>
              {result.warning}
            </Alert>
          ) : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          Checking the address…
        </Text>
      )}
    </div>
  )
}
