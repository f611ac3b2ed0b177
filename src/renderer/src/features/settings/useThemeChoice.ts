import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { useCallback } from 'react'
import type { Theme } from '../../../../shared/contract/index'
import { useUpdateSettings } from './useUpdateSettings'

export interface ThemeChoice {
  /** What the person chose: 'auto' follows the operating system. */
  readonly theme: Theme
  /** What is on screen right now. */
  readonly shown: 'light' | 'dark'
  readonly setTheme: (theme: Theme) => void
  readonly saving: boolean
}

export function useThemeChoice(): ThemeChoice {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  // Read synchronously: the toggle's label must be right on the very first render.
  const shown = useComputedColorScheme('light', { getInitialValueInEffect: false })
  const update = useUpdateSettings()
  const { mutate } = update

  const setTheme = useCallback(
    (theme: Theme) => {
      // Applied before saving so the switch feels instant even if settings were never loaded.
      setColorScheme(theme)
      mutate({ theme })
    },
    [setColorScheme, mutate],
  )

  return { theme: colorScheme, shown, setTheme, saving: update.isPending }
}
