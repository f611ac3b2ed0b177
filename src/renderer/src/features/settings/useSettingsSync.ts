import { useMantineColorScheme } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Settings } from '../../../../shared/contract/index'
import { routeKey } from '../../lib/query-keys'
import { useApi } from '../../lib/useApi'
import { useSettings } from './useSettings'

/**
 * Keeps the page in step with the saved settings: loads them on start, follows changes made in
 * other windows or browser tabs (pushed as `settings.changed`), and applies the theme.
 */
export function useSettingsSync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  const { setColorScheme } = useMantineColorScheme()
  const theme = useSettings().data?.theme

  useEffect(
    () =>
      api.on('settings.changed', (settings) => {
        queryClient.setQueryData<Settings>(routeKey('settings.get'), settings)
      }),
    [api, queryClient],
  )

  useEffect(() => {
    if (theme) setColorScheme(theme)
  }, [theme, setColorScheme])
}
