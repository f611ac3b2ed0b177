import { Group, Progress, Stack, Text } from '@mantine/core'
import { percent, progressText } from '../../lib/runs/run-format'

export interface RoleProgressBarProps {
  readonly label: string
  readonly done: number
  readonly failed?: number
  readonly total: number
  readonly size?: 'sm' | 'md' | 'lg'
  /** Hide the label and counts (the list's compact column shows them in its own text). */
  readonly compact?: boolean
}

/**
 * One progress bar: succeeded work in the theme's colour, failed work in red. The bar as a whole is
 * the progressbar (a screen reader hears "Judgements, 12 of 30 done, 1 failed"), its coloured
 * parts are decoration.
 */
export function RoleProgressBar({ label, done, failed = 0, total, size = 'md', compact = false }: RoleProgressBarProps) {
  const text = progressText({ done, failed, total })
  // The bar's parts are exact (no gap from rounding); the words round down, so 99.6% never reads 100%.
  const share = (n: number) => (total > 0 ? Math.min(100, Math.max(0, (n / total) * 100)) : 0)
  const succeeded = share(done - failed)
  const failedPart = Math.min(100 - succeeded, share(failed))
  return (
    <Stack gap={4}>
      {compact ? null : (
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Text size="sm" c="dimmed" ta="right">
            {text} ({percent(done, total)}%)
          </Text>
        </Group>
      )}
      <Progress.Root size={size} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={text}>
        <Progress.Section value={succeeded} withAria={false} />
        {failedPart > 0 ? <Progress.Section value={failedPart} color="red" withAria={false} /> : null}
      </Progress.Root>
    </Stack>
  )
}
