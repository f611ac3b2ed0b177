import { SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useId } from 'react'
import type { Theme } from '../../../../shared/contract/index'
import { useThemeChoice } from './useThemeChoice'

const THEME_OPTIONS: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'System' },
]

export function AppearanceSection() {
  const { theme, setTheme } = useThemeChoice()
  const headingId = useId()
  const labelId = useId()
  const hintId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        Appearance
      </Title>
      <div>
        <Text id={labelId} fw={500} size="sm">
          Theme
        </Text>
        <Text id={hintId} size="sm" c="dimmed">
          System follows the light or dark setting of your computer.
        </Text>
      </div>
      <SegmentedControl<Theme> aria-labelledby={labelId} aria-describedby={hintId} data={THEME_OPTIONS} value={theme} onChange={setTheme} maw={360} />
    </Stack>
  )
}
