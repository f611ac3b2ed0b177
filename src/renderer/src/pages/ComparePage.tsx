import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { AddressProblems } from '../features/compare/AddressProblems'
import { comparePath, parseRunIds } from '../features/compare/compare-url'
import { ComparisonView } from '../features/compare/ComparisonView'
import { useComparedRuns } from '../features/compare/useComparedRuns'
import { useRunsSync } from '../lib/data/useRuns'
import { RESULTS_PATH } from '../lib/runs/paths'

/** `#/results/compare?runs=ID,ID,…`: several runs side by side (two judges, two dates, two samples). */
export function ComparePage() {
  useRunsSync()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const address = parseRunIds(params.get('runs'))
  const compared = useComparedRuns(address.ids)
  const found = compared.runs.map((run) => run.summary.id)

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={RESULTS_PATH} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          All results
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>Compare runs</Title>
        <Text size="sm" c="dimmed">
          The runs you chose, side by side: what each one measured, then their scores with 95% intervals. Bold marks the highest value in each column.
        </Text>
      </Stack>
      <AddressProblems
        unknown={compared.unknown}
        malformed={address.malformed}
        dropped={address.dropped}
        onClean={() => void navigate(comparePath(found), { replace: true })}
      />
      <ComparisonView compared={compared} onRemove={(id) => void navigate(comparePath(address.ids.filter((other) => other !== id)))} />
    </Stack>
  )
}
