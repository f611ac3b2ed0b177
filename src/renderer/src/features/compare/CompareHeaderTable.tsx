import { Anchor, Badge, CloseButton, Group, Stack, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { RunStatusBadge } from '../../components/RunStatusBadge'
import { resultsPath } from '../../lib/runs/paths'
import { FACTS, factDiffers, runFacts, type FactKey } from './compare-facts'
import type { ComparedRun } from './useComparedRuns'

/** The date always differs between two runs; flagging it would hide the differences that matter. */
const NEVER_FLAGGED: ReadonlySet<FactKey> = new Set(['ended'])

/**
 * The chosen runs side by side, one column each, one fact per row; a row whose values differ is
 * flagged (among runs of the same kind), so "two judges" or "two sample sizes" is seen at a glance. Each run's heading links to
 * its own results and has a button taking it out of the comparison.
 */
export function CompareHeaderTable({
  runs,
  onRemove,
  labelledBy,
}: {
  readonly runs: readonly ComparedRun[]
  readonly onRemove: (id: string) => void
  readonly labelledBy: string
}) {
  const facts = runs.map((run) => runFacts(run))
  const byKind = runs.map((run, index) => ({ kind: run.summary.kind, facts: facts[index]! }))
  return (
    <Table.ScrollContainer minWidth={200 + 170 * runs.length}>
      <Table fz="sm" verticalSpacing="xs" aria-labelledby={labelledBy} withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={200}>
              Run
            </Table.Th>
            {runs.map((run) => (
              <Table.Th key={run.summary.id} scope="col">
                <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
                  <Anchor component={Link} to={resultsPath(run.summary.id)} size="sm" fw={600}>
                    {run.summary.name}
                  </Anchor>
                  <CloseButton size="sm" aria-label={`Remove ${run.summary.name} from the comparison`} onClick={() => onRemove(run.summary.id)} />
                </Group>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FACTS.map((fact) => {
            const differs = !NEVER_FLAGGED.has(fact.key) && factDiffers(byKind, fact.key)
            return (
              <Table.Tr key={fact.key} data-fact={fact.key}>
                <Table.Th scope="row">
                  <Stack gap={2} align="flex-start">
                    <span>{fact.label}</span>
                    {differs ? (
                      <Badge size="xs" variant="light" color="orange">
                        Differs
                      </Badge>
                    ) : null}
                  </Stack>
                </Table.Th>
                {facts.map((values, index) => (
                  <Table.Td key={runs[index]!.summary.id}>{values[fact.key]}</Table.Td>
                ))}
              </Table.Tr>
            )
          })}
          <Table.Tr data-fact="status">
            <Table.Th scope="row">Status</Table.Th>
            {runs.map((run) => (
              <Table.Td key={run.summary.id}>
                <Stack gap={2} align="flex-start">
                  <RunStatusBadge status={run.summary.status} />
                  {run.loading ? (
                    <Text size="xs" c="dimmed">
                      Loading its results…
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
