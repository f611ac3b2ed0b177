import { Group, Stack, Table, Text, Title } from '@mantine/core'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { IceSetSummary, RunEstimate, RunSpecInput } from '../../../../../shared/contract/index'
import { MUTATOR_NAMES } from '../../../../../shared/ice/names'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { SimulatedBadge } from '../../../components/SimulatedBadge'
import type { ApiError } from '../../../lib/api'
import { formatCount, formatUsd } from '../../../lib/format'
import { parseNumberValue } from '../../../lib/forms'
import { policyLabel, presetLabel } from '../../../lib/runs/ice-labels'
import { sourceLabel, sourceOptions } from '../../../lib/runs/ice-sources'
import { isSimulatedModel } from '../../../lib/runs/spec-models'
import { EstimateFigures } from '../EstimateFigures'
import { iceRoleWarnings } from './ice-form-spec'
import { type IceContext, type IceFormValues, type ResolvedIce } from './ice-form'

/** k fuzzing replicates multiply the questions, calls and cost (the estimate below counts them all). */
function replicatesText(value: IceFormValues['replicates']): string {
  const replicates = parseNumberValue(value)
  return replicates.kind === 'number' && replicates.value > 1 ? ` in each of ${replicates.value} replicates (${replicates.value} × the calls and cost)` : ''
}

export interface IceEstimatePanelProps {
  readonly values: IceFormValues
  readonly resolved: ResolvedIce
  readonly context: IceContext
  readonly sets: readonly IceSetSummary[] | undefined
  readonly estimate: UseMutationResult<RunEstimate, ApiError, RunSpecInput>
  readonly onRetry: () => void
  readonly costAccepted: boolean
  readonly onAcceptCost: (accepted: boolean) => void
}

/** The last step: the run in one table, the estimate, and the confirmation of its cost. */
export function IceEstimatePanel({ values, resolved, context, sets, estimate, onRetry, costAccepted, onAcceptCost }: IceEstimatePanelProps) {
  const describe = (id: string) => {
    const model = context.models.find((candidate) => candidate.id === id)
    if (!model) return <Text size="sm">(missing model)</Text>
    return (
      <Group gap="xs" component="span" wrap="wrap">
        <span>
          {model.name} ({model.model})
        </span>
        {isSimulatedModel(model, context.providers) ? <SimulatedBadge /> : null}
      </Group>
    )
  }
  const budget = parseNumberValue(values.budgetUsd)
  const queries = parseNumberValue(values.maxQueries)
  const rows: readonly [string, ReactNode][] = [
    ['Target', describe(values.targetId)],
    [
      'Identity fact',
      <Text key="fact" size="sm" fs="italic">
        {resolved.fact.trim()}
      </Text>,
    ],
    ['Helper', describe(values.helperId)],
    [
      values.judgeIds.length === 1 ? 'Judge' : 'Judges',
      <Stack key="judges" gap={2}>
        {values.judgeIds.map((id) => (
          <div key={id}>{describe(id)}</div>
        ))}
      </Stack>,
    ],
    ['Questions', sourceLabel(values.questions, sourceOptions('questions', sets))],
    ['Seed templates', sourceLabel(values.seeds, sourceOptions('seeds', sets))],
    [
      'Method',
      `${presetLabel(values.preset)} · ${policyLabel(values.selection)} · ${values.mutators.length === MUTATOR_NAMES.length ? 'all five mutations' : `${values.mutators.length} of ${MUTATOR_NAMES.length} mutations`}`,
    ],
    ['Suspected source', `${resolved.suspectedVendors.join(', ')} (keywords: ${resolved.hardKeywords.join(', ')})${values.strict ? '' : ' · no strict judge'}`],
    [
      'Budget',
      `${queries.kind === 'number' ? formatCount(queries.value) : '—'} questions to the target${replicatesText(values.replicates)} · ${budget.kind === 'number' ? `pauses at ${formatUsd(budget.value)}` : 'no spending limit'} · seed ${values.seed}`,
    ],
  ]
  return (
    <Stack gap="md">
      <Table fz="sm" verticalSpacing={6} withRowBorders={false}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Your run</Table.Caption>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={160}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>Estimate</Title>
      {estimate.isPending ? (
        <Text size="sm" role="status">
          Estimating the calls and the cost…
        </Text>
      ) : estimate.isError ? (
        <ErrorAlert title="Could not estimate this run" error={estimate.error} onRetry={onRetry} />
      ) : estimate.data ? (
        <EstimateFigures estimate={estimate.data} extraWarnings={iceRoleWarnings(values)} costAccepted={costAccepted} onAcceptCost={onAcceptCost} />
      ) : null}
    </Stack>
  )
}
