import { useMutation, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Model, ModelInput, Provider } from '../../../../shared/contract/index'
import type { ApiError } from '../api'
import { addIceDemoModels, type IceDemoResult } from '../models/ice-demo'
import { tryOfflineDemo, type OfflineDemoResult } from '../models/offline-demo'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'
import { useRouteQuery } from '../useRouteQuery'
import { PROVIDERS_KEY, upsertProvider } from './useProviders'

export const MODELS_KEY = routeKey('models.list')

export function useModels(): UseQueryResult<readonly Model[], ApiError> {
  return useRouteQuery('models.list', [])
}

/**
 * Follows changes made in other windows or browser tabs: the backend pushes the new lists. A key
 * saved or removed anywhere also arrives as `providers.changed` (the key status is part of it).
 */
export function useModelsSync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(() => {
    const offModels = api.on('models.changed', (models) => queryClient.setQueryData<readonly Model[]>(MODELS_KEY, models))
    const offProviders = api.on('providers.changed', (providers) => queryClient.setQueryData<readonly Provider[]>(PROVIDERS_KEY, providers))
    return () => {
      offModels()
      offProviders()
    }
  }, [api, queryClient])
}

function upsertModel(list: readonly Model[] | undefined, model: Model): readonly Model[] | undefined {
  if (list === undefined) return list
  return list.some((item) => item.id === model.id) ? list.map((item) => (item.id === model.id ? model : item)) : [...list, model]
}

export function useCreateModel(): UseMutationResult<Model, ApiError, ModelInput> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<Model, ApiError, ModelInput>({
    mutationFn: (input) => api.request('models.create', input),
    onSuccess: (model) => queryClient.setQueryData<readonly Model[]>(MODELS_KEY, (list) => upsertModel(list, model)),
  })
}

export interface ModelUpdate {
  readonly id: string
  readonly changes: Partial<ModelInput>
}

export function useUpdateModel(): UseMutationResult<Model, ApiError, ModelUpdate> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<Model, ApiError, ModelUpdate>({
    mutationFn: ({ id, changes }) => api.request('models.update', { id, changes }),
    onSuccess: (model) => queryClient.setQueryData<readonly Model[]>(MODELS_KEY, (list) => upsertModel(list, model)),
  })
}

export function useDeleteModel(): UseMutationResult<{ readonly deleted: true }, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly deleted: true }, ApiError, string>({
    mutationFn: (id) => api.request('models.delete', { id }),
    onSuccess: (_result, id) => queryClient.setQueryData<readonly Model[]>(MODELS_KEY, (list) => list?.filter((item) => item.id !== id)),
  })
}

export function useOfflineDemo(): UseMutationResult<OfflineDemoResult, ApiError, void> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<OfflineDemoResult, ApiError, void>({
    mutationFn: () => tryOfflineDemo(api),
    onSuccess: ({ models, provider }) => {
      upsertProvider(queryClient, provider)
      for (const model of Object.values(models)) queryClient.setQueryData<readonly Model[]>(MODELS_KEY, (list) => upsertModel(list, model))
    },
  })
}

/** Adds the Offline demo's ICE models (targets, helper, judge); the caches learn them at once. */
export function useAddIceDemo(): UseMutationResult<IceDemoResult, ApiError, void> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<IceDemoResult, ApiError, void>({
    mutationFn: () => addIceDemoModels(api),
    onSuccess: ({ provider, models }) => {
      upsertProvider(queryClient, provider)
      for (const model of Object.values(models)) queryClient.setQueryData<readonly Model[]>(MODELS_KEY, (list) => upsertModel(list, model))
    },
  })
}
