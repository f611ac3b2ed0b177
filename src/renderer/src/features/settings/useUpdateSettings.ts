import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import type { RouteInput, Settings } from '../../../../shared/contract/index'
import type { ApiError } from '../../lib/api'
import { routeKey } from '../../lib/query-keys'
import { useApi } from '../../lib/useApi'

export type SettingsPatch = RouteInput<'settings.update'>

/** Shared by every control that saves settings, so one alert can report any failed save. */
export const UPDATE_SETTINGS_KEY = routeKey('settings.update')

interface Context {
  readonly previous: Settings | undefined
}

/**
 * Optimistic: the cached settings change at once (the theme follows them) and roll back if saving
 * fails, so the screen never claims a choice was kept when it was not.
 */
export function useUpdateSettings(): UseMutationResult<Settings, ApiError, SettingsPatch, Context> {
  const api = useApi()
  const queryClient = useQueryClient()
  const key = routeKey('settings.get')
  return useMutation<Settings, ApiError, SettingsPatch, Context>({
    mutationKey: UPDATE_SETTINGS_KEY,
    mutationFn: (patch) => api.request('settings.update', patch),
    onMutate: async (patch) => {
      // A fetch already in flight could land after us and put the old value back.
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<Settings>(key)
      if (previous) queryClient.setQueryData<Settings>(key, { ...previous, ...patch })
      return { previous }
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData<Settings>(key, context.previous)
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<Settings>(key, saved)
    },
  })
}
