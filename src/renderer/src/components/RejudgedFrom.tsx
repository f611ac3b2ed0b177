import { Anchor, Text } from '@mantine/core'
import { Link } from 'react-router'
import { useRuns } from '../lib/data/useRuns'
import { resultsPath } from '../lib/runs/paths'

/** "Re-judged from <first run>" with a link to its results (issue 13 item 3); nothing for other runs. */
export function RejudgedFrom({ originalId }: { readonly originalId: string | undefined }) {
  const runs = useRuns()
  if (originalId === undefined) return null
  const original = runs.data?.find((run) => run.id === originalId)
  return (
    <Text size="sm" c="dimmed" component="span" display="block">
      Re-judged from{' '}
      {original ? (
        <Anchor component={Link} to={resultsPath(originalId)} size="sm">
          {original.name}
        </Anchor>
      ) : runs.data ? (
        'a run that was deleted'
      ) : (
        'another run'
      )}
    </Text>
  )
}
