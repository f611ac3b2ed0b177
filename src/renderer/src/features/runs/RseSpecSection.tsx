import { Stack, Table, Text, Title } from '@mantine/core'
import { useId } from 'react'
import type { Model, Provider, RseSpec, RunDetail } from '../../../../shared/contract/index'
import { ModelName } from '../../components/ModelName'
import { formatCount, formatUsd } from '../../lib/format'
import { runModelInfo } from '../../lib/runs/spec-models'
import { judgesOf } from '../../../../shared/contract/judges-of'
import { checksSummary } from './rse-form'

/** What an RSE run compares: reference, students, judge, prompt sets and options. */
export function RseSpecSection({
  detail,
  models,
  providers,
}: {
  readonly detail: RunDetail & { readonly spec: RseSpec }
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
}) {
  const headingId = useId()
  const spec = detail.spec
  const info = (alias: string) => runModelInfo(spec, alias, models, providers)
  // Issue 16's checks, in the words the wizard summed them up with before the run.
  const checks = checksSummary({ calibration: spec.calibration ?? false, studentSamples: spec.studentSamples ?? 1, positionCheck: spec.positionCheck ?? 0 })
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        What this run compares
      </Title>
      <Table fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={200}>
              Reference
            </Table.Th>
            <Table.Td>
              <ModelName info={info(spec.reference)} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{spec.students.length === 1 ? 'Student' : 'Students'}</Table.Th>
            <Table.Td>
              <Stack gap={2}>
                {spec.students.map((alias) => (
                  <div key={alias}>
                    <ModelName info={info(alias)} />
                  </div>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{judgesOf(spec).length === 1 ? 'Judge' : 'Judges'}</Table.Th>
            <Table.Td>
              <Stack gap={2}>
                {judgesOf(spec).map((alias) => (
                  <div key={alias}>
                    <ModelName info={info(alias)} />
                  </div>
                ))}
              </Stack>
              <Text size="xs" c="dimmed">
                {spec.judgePrompt ? 'With a judge prompt written for this run.' : 'With Distillscope’s default judge prompt.'}
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Prompt sets</Table.Th>
            <Table.Td>
              <Stack gap={2}>
                {spec.promptSets.map((set) => (
                  <Text key={set.name} size="sm">
                    {set.name}: {set.sample === undefined ? 'all prompts' : `${formatCount(set.sample)} prompts drawn with seed ${set.seed}`}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Requests at a time</Table.Th>
            <Table.Td>{spec.concurrency} per model</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Budget</Table.Th>
            <Table.Td>{spec.budgetUsd === undefined ? 'No limit' : `Pauses at ${formatUsd(spec.budgetUsd)}`}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Interval seed</Table.Th>
            <Table.Td>{spec.seed}</Table.Td>
          </Table.Tr>
          {checks === undefined ? null : (
            <Table.Tr>
              <Table.Th scope="row">Checks</Table.Th>
              <Table.Td>{checks}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
