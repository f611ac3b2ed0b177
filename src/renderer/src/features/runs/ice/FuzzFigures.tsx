import { Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { FuzzProgress } from '../../../../../shared/contract/index'
import { formatCount } from '../../../lib/format'
import { percent } from '../../../lib/runs/run-format'
import { RoleProgressBar } from '../RoleProgressBar'

/** Where ICE's fuzzing loop is (METHOD.md 2.2): questions asked against the budget, successes, templates. */
export function FuzzFigures({ fuzz }: { readonly fuzz: FuzzProgress }) {
  const rate = fuzz.queries > 0 ? ` (${percent(fuzz.successes, fuzz.queries)}% of answers)` : ''
  return (
    <Stack gap="sm">
      <RoleProgressBar label="Questions asked (the run’s budget)" done={fuzz.queries} total={fuzz.maxQueries} />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <FuzzFigure label="Iteration" value={formatCount(fuzz.iteration)} hint="One template chosen, rewritten and asked every question." />
        <FuzzFigure
          label="Contradictions so far"
          value={`${formatCount(fuzz.successes)}${rate}`}
          hint="Answers the loose judge found in conflict with the identity fact."
        />
        <FuzzFigure label="Templates made" value={formatCount(fuzz.mutants)} hint="Rewritten by the helper so far." />
        <FuzzFigure label="Pool size" value={formatCount(fuzz.poolSize)} hint="Templates the next one can be chosen from." />
      </SimpleGrid>
    </Stack>
  )
}

function FuzzFigure({ label, value, hint }: { readonly label: string; readonly value: string; readonly hint: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  )
}
