import { Alert, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { RunEstimate } from '../../../../shared/contract/index'
import { formatCount, formatUsd } from '../../lib/format'
import { roleLabel } from '../../lib/runs/run-format'

/** The estimate of any run: requests per role, tokens and cost, warnings, and the confirmation of the cost. */
export function EstimateFigures({
  estimate,
  extraWarnings,
  costAccepted,
  onAcceptCost,
}: {
  readonly estimate: RunEstimate
  readonly extraWarnings: readonly string[]
  readonly costAccepted: boolean
  readonly onAcceptCost: (accepted: boolean) => void
}) {
  const calls = Object.entries(estimate.calls)
  const totalCalls = calls.reduce((sum, [, n]) => sum + n, 0)
  const cost = formatUsd(estimate.costUsd)
  const warnings = [...estimate.warnings, ...extraWarnings]
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500} role="status">
        This run will send at most {formatCount(totalCalls)} requests and should cost about {cost}.
      </Text>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Table fz="sm" verticalSpacing={4} w="auto" miw={260}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Requests per role (at most)</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col" ta="right">
                At most
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {calls.map(([role, n]) => (
              <Table.Tr key={role}>
                <Table.Th scope="row" fw={400}>
                  {roleLabel(role)}
                </Table.Th>
                <Table.Td ta="right">{formatCount(n)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td ta="right" fw={600}>
                {formatCount(totalCalls)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Table fz="sm" verticalSpacing={4} w="auto" miw={260}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Tokens and cost (estimated)</Table.Caption>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                Input tokens
              </Table.Th>
              <Table.Td ta="right">about {formatCount(estimate.inputTokens)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                Output tokens
              </Table.Th>
              <Table.Td ta="right">about {formatCount(estimate.outputTokens)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Cost</Table.Th>
              <Table.Td ta="right" fw={600}>
                about {cost}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Group>
      {warnings.length > 0 ? (
        <Alert color="yellow" variant="light" role="status" title="Before you start" icon={<IconAlertTriangle aria-hidden />}>
          <List size="sm" spacing={4}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {estimate.notes.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            How this was estimated
          </Text>
          <List size="sm" c="dimmed" spacing={2}>
            {estimate.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {estimate.costUsd > 0 ? (
        <Checkbox
          label={`I accept that this run costs about ${cost}; the real cost can be higher or lower`}
          checked={costAccepted}
          onChange={(event) => onAcceptCost(event.currentTarget.checked)}
        />
      ) : (
        <Text size="sm">Nothing to pay: the models in this run are priced at $0. Calls already answered before come from the cache.</Text>
      )}
    </Stack>
  )
}
