import { useMutation, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import type { KeyStoreState, Provider, ProviderKeyStatus } from '../../../../shared/contract/index'
import type { ApiError } from '../api'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'
import { useRouteQuery } from '../useRouteQuery'
import { PROVIDERS_KEY } from './useProviders'

const KEY_STATE_KEY = routeKey('keys.state')

export function useKeyStore(): UseQueryResult<KeyStoreState, ApiError> {
  return useRouteQuery('keys.state', [])
}

function withKeyStatus(queryClient: ReturnType<typeof useQueryClient>, providerId: string, key: ProviderKeyStatus): void {
  queryClient.setQueryData<readonly Provider[]>(PROVIDERS_KEY, (list) => list?.map((item) => (item.id === providerId ? { ...item, key } : item)))
}

/**
 * Secrets are read from their input at the moment of sending, never passed as mutation variables:
 * TanStack keeps a mutation's variables in its state after it settles, and a reader that looks at
 * the (since cleared) input holds no copy of the key.
 */
export type SecretReader = () => string

export interface SetKey {
  readonly providerId: string
  readonly readKey: SecretReader
}

export function useSetKey(): UseMutationResult<ProviderKeyStatus, ApiError, SetKey> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<ProviderKeyStatus, ApiError, SetKey>({
    mutationFn: ({ providerId, readKey }) => api.request('keys.set', { providerId, key: readKey() }),
    onSuccess: (status, { providerId }) => withKeyStatus(queryClient, providerId, status),
    // A locked store or an unavailable keyring: the key store's state may have changed.
    onError: () => void queryClient.invalidateQueries({ queryKey: KEY_STATE_KEY }),
  })
}

export function useRemoveKey(): UseMutationResult<ProviderKeyStatus, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<ProviderKeyStatus, ApiError, string>({
    mutationFn: (providerId) => api.request('keys.remove', { providerId }),
    onSuccess: (status, providerId) => withKeyStatus(queryClient, providerId, status),
    onError: () => void queryClient.invalidateQueries({ queryKey: KEY_STATE_KEY }),
  })
}

export function useUnlockKeys(): UseMutationResult<KeyStoreState, ApiError, SecretReader> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<KeyStoreState, ApiError, SecretReader>({
    mutationFn: (readPassphrase) => api.request('keys.unlock', { passphrase: readPassphrase() }),
    onSuccess: (state) => {
      queryClient.setQueryData<KeyStoreState>(KEY_STATE_KEY, state)
      // Statuses read while locked may be stale.
      void queryClient.invalidateQueries({ queryKey: PROVIDERS_KEY })
    },
  })
}
