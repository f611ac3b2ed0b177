import { Stack, Table, Text, Title } from '@mantine/core'
import { useId, type ReactNode } from 'react'
import type { IceSpec, Model, Provider } from '../../../../../shared/contract/index'
import { MUTATOR_NAMES } from '../../../../../shared/ice/names'
import { ModelName } from '../../../components/ModelName'
import { formatCount, formatUsd } from '../../../lib/format'
import { judgeSemanticsLabel, mutatorLabel, policyLabel, presetLabel } from '../../../lib/runs/ice-labels'
import { specSourceText } from '../../../lib/runs/ice-sources'
import { runModelInfo } from '../../../lib/runs/spec-models'
import { judgesOf } from '../../../../../shared/contract/judges-of'

/** What an ICE run tests: its models, the identity fact, questions and templates, method and budget. */
export function IceSpecSection({
  spec,
  models,
  providers,
}: {
  readonly spec: IceSpec
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
}) {
  const headingId = useId()
  const model = (alias: string) => <ModelName info={runModelInfo(spec, alias, models, providers)} />
  const mutators = spec.mutators ?? MUTATOR_NAMES
  const rows: readonly [string, ReactNode][] = [
    ['Target', model(spec.target)],
    [
      'Identity fact',
      <Text key="fact" size="sm" fs="italic">
        {spec.targetFact}
      </Text>,
    ],
    ['Helper', model(spec.helper)],
    [
      judgesOf(spec).length === 1 ? 'Judge' : 'Judges',
      <Stack key="judges" gap={2}>
        {judgesOf(spec).map((alias) => (
          <div key={alias}>{model(alias)}</div>
        ))}
      </Stack>,
    ],
    ['Questions', specSourceText(spec.questions, 'questions')],
    ['Seed templates', specSourceText(spec.seeds, 'seeds')],
    ['Preset', presetLabel(spec.preset)],
    // A spec that does not name its judge gets the preset's, except runs from before the choice existed: the results say which.
    ['Judge semantics', spec.judgeSemantics ? judgeSemanticsLabel(spec.judgeSemantics) : 'The preset’s own (the results name it)'],
    ['Selection policy', policyLabel(spec.selection)],
    ['Mutations', mutators.length === MUTATOR_NAMES.length ? 'All five' : mutators.map(mutatorLabel).join(', ')],
    [
      'Suspected source',
      `${spec.suspectedVendors.join(', ')}${spec.strict ? '' : ' (no strict judge)'}${spec.hardKeywords ? ` · keywords: ${spec.hardKeywords.join(', ')}` : ''}`,
    ],
    [
      'Budget',
      `${formatCount(spec.budget.maxQueries)} questions to the target · ${spec.budgetUsd === undefined ? 'no spending limit' : `pauses at ${formatUsd(spec.budgetUsd)}`}`,
    ],
    ['Seed', String(spec.seed)],
    ...(spec.replicates !== undefined && spec.replicates > 1
      ? [['Replicates', `${spec.replicates} fuzzing runs at once, each with its own seed and the whole budget`] as [string, ReactNode]]
      : []),
    ['Requests at a time', `${spec.concurrency} per model`],
  ]
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        What this run tests
      </Title>
      <Table fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={200}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
