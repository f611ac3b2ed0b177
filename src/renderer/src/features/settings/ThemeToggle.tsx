import { ActionIcon } from '@mantine/core'
import { IconMoon, IconSun } from '@tabler/icons-react'
import { useThemeChoice } from './useThemeChoice'

export function ThemeToggle() {
  const { shown, setTheme } = useThemeChoice()
  const next = shown === 'dark' ? 'light' : 'dark'
  return (
    <ActionIcon variant="default" size="lg" aria-label={`Switch to ${next} theme`} onClick={() => setTheme(next)}>
      {next === 'light' ? <IconSun aria-hidden stroke={1.5} /> : <IconMoon aria-hidden stroke={1.5} />}
    </ActionIcon>
  )
}
