import { Alert, Blockquote, Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react'
import type { ConnectionTestResult, Model, Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { ApiError } from '../../lib/api'
import { routeKey } from '../../lib/query-keys'
import { useApi } from '../../lib/useApi'
import { isSimulatedProvider } from '../../lib/providers/provider-form'
import { errorClassTitle, formatLatency, formatMaxCost, KEY_REDACTED_NOTICE, KEY_REDACTED_TITLE, replyExcerpt } from './format'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { formatTokens, formatUsd } from '../../lib/format'

export interface TestConnectionDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly model: Model | undefined
  readonly provider: Provider | undefined
  readonly preset: ProviderPreset | undefined
  readonly session: number
}

export function TestConnectionDialog({ opened, onClose, model, provider, preset, session }: TestConnectionDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={model ? `Test connection: ${model.name}` : 'Test connection'} size="lg">
      {model ? <TestConnection key={session} model={model} provider={provider} preset={preset} onClose={onClose} /> : null}
    </Modal>
  )
}

interface TestConnectionProps {
  readonly model: Model
  readonly provider: Provider | undefined
  readonly preset: ProviderPreset | undefined
  readonly onClose: () => void
}

/** Says what will be sent and what it may cost, then sends one real request on request. */
function TestConnection({ model, provider, preset, onClose }: TestConnectionProps) {
  const api = useApi()
  const simulated = isSimulatedProvider(provider)
  const estimate = useQuery({
    queryKey: routeKey('models.estimateTest', { id: model.id }),
    queryFn: () => api.request('models.estimateTest', { id: model.id }),
    // Prices may have just been edited.
    staleTime: 0,
  })
  const test = useMutation<ConnectionTestResult, ApiError>({ mutationFn: () => api.request('models.testConnection', { id: model.id }) })
  const missingKey = provider !== undefined && !provider.key.configured && preset?.needsKey === true

  return (
    <Stack gap="md">
      {simulated ? (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <SimulatedBadge />
          <Text size="sm">This is the Offline demo: its answers are generated on this computer, not by a real model.</Text>
        </Group>
      ) : null}
      <Text size="sm">
        Distillscope will send one short request to <Code>{model.model}</Code>
        {provider && !simulated && provider.endpoint ? (
          <>
            {' '}
            at <Code style={{ wordBreak: 'break-all' }}>{provider.endpoint}</Code>
          </>
        ) : null}
        , with this model’s settings and a limit of a few output tokens:
      </Text>
      {estimate.isError ? (
        <ErrorAlert title="The test could not be prepared" error={estimate.error} onRetry={() => void estimate.refetch()} retrying={estimate.isFetching} />
      ) : estimate.data ? (
        <>
          <Blockquote p="sm" color="gray" mt={0}>
            <Text size="sm">System prompt: “{model.generation.systemPrompt}”</Text>
            <Text size="sm">Message: “{estimate.data.prompt}”</Text>
          </Blockquote>
          <Text size="sm" fw={500}>
            {estimate.data.maxCostUsd > 0
              ? `It costs ${formatMaxCost(estimate.data.maxCostUsd)}.`
              : simulated
                ? 'It costs nothing: the answer is simulated.'
                : 'It costs nothing at the prices set for this model ($0).'}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed" role="status">
          Working out what the test will cost…
        </Text>
      )}
      {provider && missingKey ? (
        <Alert color="yellow" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />}>
          No API key is set for {provider.name}, so the provider will probably refuse the test. Add one with “API key” in the list of providers.
        </Alert>
      ) : null}

      {test.isPending ? (
        <Text size="sm" role="status">
          Sending the test…
        </Text>
      ) : test.isError ? (
        <ErrorAlert title="The test could not be run" error={test.error} />
      ) : test.data ? (
        <TestResult result={test.data} />
      ) : null}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        <Button
          leftSection={<IconSend aria-hidden size={18} />}
          loading={test.isPending}
          disabled={!estimate.data}
          onClick={() => test.mutate()}
          data-autofocus
        >
          Send test
        </Button>
      </Group>
    </Stack>
  )
}

export function TestResult({ result }: { readonly result: ConnectionTestResult }) {
  if (!result.ok) {
    return (
      <Alert color="red" variant="light" title={errorClassTitle(result.errorClass)} icon={<IconAlertCircle aria-hidden />}>
        {result.message}
      </Alert>
    )
  }
  return (
    <Stack gap="sm">
      <Alert color="green" variant="light" role="status" title="Connection works" icon={<IconCircleCheck aria-hidden />}>
        <List size="sm" spacing={2} listStyleType="none">
          <List.Item>Reply: “{replyExcerpt(result.reply)}”</List.Item>
          <List.Item>Latency: {formatLatency(result.latencyMs)}</List.Item>
          <List.Item>Tokens: {formatTokens(result.inputTokens, result.outputTokens)}</List.Item>
          <List.Item>Cost: {formatUsd(result.costUsd)}</List.Item>
        </List>
      </Alert>
      {result.keyRedacted ? (
        <Alert color="yellow" variant="light" title={KEY_REDACTED_TITLE} icon={<IconAlertTriangle aria-hidden />} data-testid="key-redacted">
          {KEY_REDACTED_NOTICE}
        </Alert>
      ) : null}
    </Stack>
  )
}
