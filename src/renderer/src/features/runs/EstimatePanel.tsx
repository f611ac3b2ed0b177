import { Alert, Checkbox, Group, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { Provider, RseSpecInput, RunEstimate } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { ApiError } from '../../lib/api'
import { parseNumberValue } from '../../lib/forms'
import { formatUsd } from '../models/format'
import { SimulatedBadge } from '../models/SimulatedBadge'
import { formatCount, roleLabel } from './run-format'
import { promptCount, selectedSets, setChoice, setColumnNames, type RseContext, type RseFormValues } from './rse-form'
import { isSimulatedModel } from './spec-models'

export interface EstimatePanelProps {
  readonly values: RseFormValues
  readonly context: RseContext
  readonly providers: readonly Provider[]
  readonly estimate: UseMutationResult<RunEstimate, ApiError, RseSpecInput>
  /** Warnings the backend does not give (e.g. a judge that is also a student). */
  readonly extraWarnings: readonly string[]
  readonly onRetry: () => void
  readonly costAccepted: boolean
  readonly onAcceptCost: (accepted: boolean) => void
}

/** What the run will ask, what it should cost, and the confirmation of that cost. */
export function EstimatePanel({ values, context, providers, estimate, extraWarnings, onRetry, costAccepted, onAcceptCost }: EstimatePanelProps) {
  return (
    <Stack gap="md">
      <RunSummary values={values} context={context} providers={providers} />
      <Title order={4}>Estimate</Title>
      {estimate.isPending ? (
        <Text size="sm" role="status">
          Estimating the calls and the cost…
        </Text>
      ) : estimate.isError ? (
        <ErrorAlert title="Could not estimate this run" error={estimate.error} onRetry={onRetry} />
      ) : estimate.data ? (
        <EstimateFigures estimate={estimate.data} extraWarnings={extraWarnings} costAccepted={costAccepted} onAcceptCost={onAcceptCost} />
      ) : null}
    </Stack>
  )
}

function RunSummary({ values, context, providers }: Pick<EstimatePanelProps, 'values' | 'context' | 'providers'>) {
  const model = (id: string) => context.models.find((candidate) => candidate.id === id)
  const describe = (id: string) => {
    const found = model(id)
    if (!found) return <Text size="sm">(missing model)</Text>
    return (
      <Group gap="xs" component="span" wrap="wrap">
        <span>
          {found.name} ({found.model})
        </span>
        {isSimulatedModel(found, providers) ? <SimulatedBadge /> : null}
      </Group>
    )
  }
  const sets = selectedSets(values, context.promptSets)
  const columns = setColumnNames(sets)
  const budget = parseNumberValue(values.budgetUsd)
  return (
    <Table fz="sm" verticalSpacing={6} withRowBorders={false}>
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Your run</Table.Caption>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" w={140}>
            Reference
          </Table.Th>
          <Table.Td>{describe(values.referenceId)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">{values.studentIds.length === 1 ? 'Student' : 'Students'}</Table.Th>
          <Table.Td>
            <Stack gap={2}>
              {values.studentIds.map((id) => (
                <div key={id}>{describe(id)}</div>
              ))}
            </Stack>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Judge</Table.Th>
          <Table.Td>
            {describe(values.judgeId)}
            <Text size="xs" c="dimmed">
              {values.customJudgePrompt ? 'With your own judge prompt.' : 'With Distillscope’s default judge prompt.'}
            </Text>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Prompts</Table.Th>
          <Table.Td>
            <Stack gap={2}>
              {sets.map((set) => {
                const choice = setChoice(values, set)
                const sample = parseNumberValue(choice.sample)
                const seed = parseNumberValue(choice.seed)
                const sampled = sample.kind === 'number' && sample.value < set.itemCount
                return (
                  <Text key={set.id} size="sm">
                    {columns.get(set.id)}:{' '}
                    {sampled
                      ? `${formatCount(sample.value)} of ${formatCount(set.itemCount)} prompts, drawn with seed ${seed.kind === 'number' ? seed.value : 1}`
                      : `all ${formatCount(set.itemCount)} prompts`}
                  </Text>
                )
              })}
              <Text size="xs" c="dimmed">
                {formatCount(promptCount(values, context.promptSets))} prompts in all.
              </Text>
            </Stack>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Options</Table.Th>
          <Table.Td>
            {`${values.concurrency} requests at a time per model · ${budget.kind === 'number' ? `pauses at ${formatUsd(budget.value)}` : 'no budget limit'} · interval seed ${values.seed}`}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  )
}

function EstimateFigures({
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
        This run will send about {formatCount(totalCalls)} requests and should cost about {cost}.
      </Text>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Table fz="sm" verticalSpacing={4} w="auto" miw={260}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Requests per role</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col" ta="right">
                Requests
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
