import { Button, Code, Group, Stack, Table, Text } from '@mantine/core'
import { IconPlugConnected } from '@tabler/icons-react'
import type { Model, Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { KeyStatusText } from '../../components/KeyStatusText'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { isSimulatedProvider } from '../../lib/providers/provider-form'
import { limitLines, priceLines } from './format'
import { STICKY_ACTIONS } from '../../components/table-layout'

export interface ModelsTableProps {
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
  readonly presets: readonly ProviderPreset[]
  readonly labelledBy: string
  readonly onTest: (model: Model) => void
  readonly onEdit: (model: Model) => void
  readonly onDelete: (model: Model) => void
  /** The vendor of an ICE identity fact, by id (undefined while the facts load, or for an unknown id). */
  readonly factVendor?: (id: string) => string | undefined
}

export function ModelsTable({ models, providers, presets, labelledBy, onTest, onEdit, onDelete, factVendor }: ModelsTableProps) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            {/* Wide enough for the Simulated badge, which would otherwise be cut off in a narrow window. */}
            <Table.Th scope="col" miw={140}>
              Name
            </Table.Th>
            <Table.Th scope="col">Provider</Table.Th>
            <Table.Th scope="col">Model id</Table.Th>
            <Table.Th scope="col">API key</Table.Th>
            <Table.Th scope="col">Price per million tokens</Table.Th>
            <Table.Th scope="col">Limits</Table.Th>
            <Table.Th scope="col" style={STICKY_ACTIONS}>
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {models.map((model) => {
            const provider = providers.find((candidate) => candidate.id === model.providerId)
            const preset = provider && presets.find((candidate) => candidate.id === provider.preset)
            return (
              <Table.Tr key={model.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs" wrap="wrap">
                    <span>{model.name}</span>
                    {isSimulatedProvider(provider) ? <SimulatedBadge /> : null}
                  </Group>
                </Table.Th>
                <Table.Td>{provider?.name ?? <Text size="sm">Missing provider</Text>}</Table.Td>
                <Table.Td>
                  {/* Short ids stay on one line; long ones (vendor/model-name) may wrap. */}
                  <Code style={model.model.length <= 24 ? { whiteSpace: 'nowrap' } : undefined}>{model.model}</Code>
                  {model.identityFactId ? (
                    <Text size="xs" c="dimmed" mt={4}>
                      Identity (ICE): {factVendor?.(model.identityFactId) ?? model.identityFactId}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{provider ? <KeyStatusText provider={provider} preset={preset} /> : null}</Table.Td>
                <Table.Td>
                  <Lines lines={priceLines(model.prices)} />
                </Table.Td>
                <Table.Td>
                  <Lines lines={limitLines(model.limits)} />
                </Table.Td>
                <Table.Td style={STICKY_ACTIONS}>
                  <Stack gap={6} align="flex-start">
                    <Button
                      size="xs"
                      leftSection={<IconPlugConnected aria-hidden size={16} />}
                      aria-label={`Test connection to ${model.name}`}
                      onClick={() => onTest(model)}
                    >
                      Test connection
                    </Button>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" aria-label={`Edit ${model.name}`} onClick={() => onEdit(model)}>
                        Edit
                      </Button>
                      <Button size="xs" variant="subtle" color="red" aria-label={`Delete ${model.name}`} onClick={() => onDelete(model)}>
                        Delete
                      </Button>
                    </Group>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function Lines({ lines }: { readonly lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <Text key={line} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {line}
        </Text>
      ))}
    </>
  )
}
