import { Text } from '@mantine/core'

const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })

/** "14:05:09" in the viewer's own time zone, or undefined when the stamp is not a time. */
export function clockTime(iso: string): string | undefined {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : CLOCK.format(date)
}

/**
 * "Results as of 14:05:09", and "updating…" while newer ones are computed: a running run's results
 * are recomputed every few seconds, not per request, so a reader should know how fresh the figures are.
 */
export function ResultsFreshness({ computedAt, refreshing }: { readonly computedAt?: string | undefined; readonly refreshing?: boolean | undefined }) {
  const time = computedAt === undefined ? undefined : clockTime(computedAt)
  if (time === undefined && refreshing !== true) return null
  const parts = [time === undefined ? undefined : `Results as of ${time}`, refreshing === true ? 'updating…' : undefined].filter((part) => part !== undefined)
  return (
    <Text size="sm" c="dimmed" data-testid="results-freshness">
      {parts.join(' · ')}
    </Text>
  )
}
