import { Group, Stack, Table, Text, Title } from '@mantine/core'
import type { UseMutationResult } from '@tanstack/react-query'
import type { Provider, RunEstimate, RunSpecInput } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { ApiError } from '../../lib/api'
import { parseNumberValue } from '../../lib/forms'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { EstimateFigures } from './EstimateFigures'
import { checksSummary, promptCount, selectedSets, setChoice, setColumnNames, type RseContext, type RseFormValues } from './rse-form'
import { isSimulatedModel } from '../../lib/runs/spec-models'
import { formatCount, formatUsd } from '../../lib/format'

export interface EstimatePanelProps {
  readonly values: RseFormValues
  readonly context: RseContext
  readonly providers: readonly Provider[]
  readonly estimate: UseMutationResult<RunEstimate, ApiError, RunSpecInput>
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
  const checks = checksSummary(values)
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
          <Table.Th scope="row">{values.judgeIds.length === 1 ? 'Judge' : 'Judges'}</Table.Th>
          <Table.Td>
            <Stack gap={2}>
              {values.judgeIds.map((id) => (
                <div key={id}>{describe(id)}</div>
              ))}
            </Stack>
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
        {checks === undefined ? null : (
          <Table.Tr>
            <Table.Th scope="row">Checks</Table.Th>
            <Table.Td>{checks}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  )
}
