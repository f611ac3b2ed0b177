import { useMutation, useQuery, useQueryClient, type QueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import type { Provider, ProviderChanges, ProviderInput } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import type { ApiError } from '../api'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'
import { useRouteQuery } from '../useRouteQuery'

export const PROVIDERS_KEY = routeKey('providers.list')

/** The presets are part of the app itself: asked once per session. */
export function usePresets(): UseQueryResult<readonly ProviderPreset[], ApiError> {
  const api = useApi()
  return useQuery<readonly ProviderPreset[], ApiError>({
    queryKey: routeKey('providers.presets'),
    queryFn: () => api.request('providers.presets'),
    staleTime: Infinity,
  })
}

export function useProviders(): UseQueryResult<readonly Provider[], ApiError> {
  return useRouteQuery('providers.list', [])
}

/** Puts a saved provider into the cached list at once, so the next step of a form finds it. */
export function upsertProvider(queryClient: QueryClient, provider: Provider): void {
  queryClient.setQueryData<readonly Provider[]>(PROVIDERS_KEY, (list) =>
    list === undefined
      ? list
      : list.some((item) => item.id === provider.id)
        ? list.map((item) => (item.id === provider.id ? provider : item))
        : [...list, provider],
  )
}

export function useCreateProvider(): UseMutationResult<Provider, ApiError, ProviderInput> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<Provider, ApiError, ProviderInput>({
    mutationFn: (input) => api.request('providers.create', input),
    onSuccess: (provider) => upsertProvider(queryClient, provider),
  })
}

export interface ProviderUpdate {
  readonly id: string
  readonly changes: ProviderChanges
}

export function useUpdateProvider(): UseMutationResult<Provider, ApiError, ProviderUpdate> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<Provider, ApiError, ProviderUpdate>({
    mutationFn: ({ id, changes }) => api.request('providers.update', { id, changes }),
    onSuccess: (provider) => upsertProvider(queryClient, provider),
  })
}

export function useDeleteProvider(): UseMutationResult<{ readonly deleted: true }, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly deleted: true }, ApiError, string>({
    mutationFn: (id) => api.request('providers.delete', { id }),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<readonly Provider[]>(PROVIDERS_KEY, (list) => list?.filter((item) => item.id !== id))
    },
  })
}
