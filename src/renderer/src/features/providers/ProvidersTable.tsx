import { Button, Code, Group, Stack, Table, Text } from '@mantine/core'
import type { Model, Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { KeyStatusText } from '../../components/KeyStatusText'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { isSimulatedProvider } from '../../lib/providers/provider-form'
import { serverCapText } from '../../lib/providers/server-cap'
import { STICKY_ACTIONS } from '../../components/table-layout'

export interface ProvidersTableProps {
  readonly providers: readonly Provider[]
  readonly models: readonly Model[]
  readonly presets: readonly ProviderPreset[]
  readonly labelledBy: string
  readonly onEdit: (provider: Provider) => void
  readonly onKey: (provider: Provider) => void
  readonly onDelete: (provider: Provider) => void
}

export function modelCountText(count: number): string {
  return count === 0 ? 'No models' : count === 1 ? '1 model' : `${count} models`
}

export function ProvidersTable({ providers, models, presets, labelledBy, onEdit, onKey, onDelete }: ProvidersTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Service</Table.Th>
            <Table.Th scope="col">Address called</Table.Th>
            <Table.Th scope="col">API key</Table.Th>
            <Table.Th scope="col">Used by</Table.Th>
            <Table.Th scope="col" style={STICKY_ACTIONS}>
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {providers.map((provider) => {
            const preset = presets.find((candidate) => candidate.id === provider.preset)
            const simulated = isSimulatedProvider(provider)
            return (
              <Table.Tr key={provider.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs" wrap="wrap">
                    <span>{provider.name}</span>
                    {simulated ? <SimulatedBadge /> : null}
                  </Group>
                </Table.Th>
                <Table.Td>{preset?.label ?? provider.preset}</Table.Td>
                <Table.Td>
                  {simulated ? (
                    <Text size="sm">Runs inside Distillscope</Text>
                  ) : provider.endpoint ? (
                    <Stack gap={2}>
                      <Code style={{ wordBreak: 'break-all' }}>{provider.endpoint}</Code>
                      {serverCapText(provider.maxConcurrent, preset) ? (
                        <Text size="xs" c="dimmed" data-testid="server-cap">
                          {serverCapText(provider.maxConcurrent, preset)}
                        </Text>
                      ) : null}
                    </Stack>
                  ) : (
                    <Text size="sm">Not a valid address: edit the provider</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <KeyStatusText provider={provider} preset={preset} />
                </Table.Td>
                <Table.Td>{modelCountText(models.filter((model) => model.providerId === provider.id).length)}</Table.Td>
                <Table.Td style={STICKY_ACTIONS}>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" aria-label={`Edit provider ${provider.name}`} onClick={() => onEdit(provider)}>
                      Edit
                    </Button>
                    {simulated ? null : (
                      <Button size="xs" variant="default" aria-label={`API key for ${provider.name}`} onClick={() => onKey(provider)}>
                        API key
                      </Button>
                    )}
                    <Button size="xs" variant="subtle" color="red" aria-label={`Delete provider ${provider.name}`} onClick={() => onDelete(provider)}>
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
