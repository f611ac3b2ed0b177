import { useMutation, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import { useEffect } from 'react'
import type {
  IceDefaults,
  IceSetDetail,
  IceSetImportResult,
  IceSetKind,
  IceSetSummary,
  IdentityFactInput,
  IdentityFactView,
  PaperLogSummary,
} from '../../../../shared/contract/ice-library'
import type { RouteInput } from '../../../../shared/contract/index'
import type { ApiError } from '../api'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'
import { useRouteQuery } from '../useRouteQuery'

export const FACTS_KEY = routeKey('ice.facts.list')
/** The prefix of every set list (one per kind), for invalidating them together. */
const SETS_PREFIX = ['ice.sets.list'] as const
const SET_DETAIL_PREFIX = ['ice.sets.get'] as const

export function useIceDefaults(): UseQueryResult<IceDefaults, ApiError> {
  return useRouteQuery('ice.defaults', [])
}

export function useIdentityFacts(): UseQueryResult<readonly IdentityFactView[], ApiError> {
  return useRouteQuery('ice.facts.list', [])
}

export function useIceSets(kind: IceSetKind): UseQueryResult<readonly IceSetSummary[], ApiError> {
  return useRouteQuery('ice.sets.list', [{ kind }])
}

export function useIceSet(id: string): UseQueryResult<IceSetDetail, ApiError> {
  return useRouteQuery('ice.sets.get', [{ id }])
}

/**
 * Follows changes made elsewhere (another window, a tab, the command line). The event only says
 * what changed, so the lists are fetched again rather than patched.
 */
export function useIceLibrarySync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(
    () =>
      api.on('ice.changed', ({ what }) => {
        if (what === 'facts') void queryClient.invalidateQueries({ queryKey: FACTS_KEY })
        else {
          void queryClient.invalidateQueries({ queryKey: SETS_PREFIX })
          void queryClient.invalidateQueries({ queryKey: SET_DETAIL_PREFIX })
        }
      }),
    [api, queryClient],
  )
}

function upsertFact(list: readonly IdentityFactView[] | undefined, fact: IdentityFactView): readonly IdentityFactView[] | undefined {
  if (list === undefined) return list
  return list.some((item) => item.id === fact.id) ? list.map((item) => (item.id === fact.id ? fact : item)) : [...list, fact]
}

export function useSaveFact(): UseMutationResult<IdentityFactView, ApiError, IdentityFactInput> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<IdentityFactView, ApiError, IdentityFactInput>({
    mutationFn: (input) => api.request('ice.facts.save', input),
    onSuccess: (fact) => queryClient.setQueryData<readonly IdentityFactView[]>(FACTS_KEY, (list) => upsertFact(list, fact)),
  })
}

/** A built-in fact goes back to its shipped text (fetched again); an added one is removed. */
export function useResetFact(): UseMutationResult<{ readonly removed: boolean }, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly removed: boolean }, ApiError, string>({
    mutationFn: (id) => api.request('ice.facts.reset', { id }),
    onSuccess: async ({ removed }, id) => {
      if (removed) queryClient.setQueryData<readonly IdentityFactView[]>(FACTS_KEY, (list) => list?.filter((item) => item.id !== id))
      await queryClient.invalidateQueries({ queryKey: FACTS_KEY })
    },
  })
}

/** A new set appears in its kind's list at once; the other kind's list is left alone. */
function addSet(queryClient: ReturnType<typeof useQueryClient>, set: IceSetSummary): void {
  queryClient.setQueryData<readonly IceSetSummary[]>(routeKey('ice.sets.list', { kind: set.kind }), (list) => {
    if (list === undefined) return list
    return list.some((item) => item.id === set.id) ? list.map((item) => (item.id === set.id ? set : item)) : [...list, set]
  })
}

export function useImportIceSet(): UseMutationResult<IceSetImportResult, ApiError, RouteInput<'ice.sets.import'>> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<IceSetImportResult, ApiError, RouteInput<'ice.sets.import'>>({
    mutationFn: (input) => api.request('ice.sets.import', input),
    onSuccess: (result) => addSet(queryClient, result.set),
  })
}

export function useDownloadGptfuzz(): UseMutationResult<IceSetImportResult, ApiError, void> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<IceSetImportResult, ApiError, void>({
    mutationFn: () => api.request('ice.sets.downloadGptfuzz', {}),
    onSuccess: (result) => addSet(queryClient, result.set),
  })
}

export function useDeleteIceSet(): UseMutationResult<{ readonly deleted: true }, ApiError, IceSetSummary> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly deleted: true }, ApiError, IceSetSummary>({
    mutationFn: (set) => api.request('ice.sets.delete', { id: set.id }),
    onSuccess: (_result, set) => {
      queryClient.setQueryData<readonly IceSetSummary[]>(routeKey('ice.sets.list', { kind: set.kind }), (list) => list?.filter((item) => item.id !== set.id))
      queryClient.removeQueries({ queryKey: routeKey('ice.sets.get', { id: set.id }) })
    },
  })
}

export function useScorePaperLog(): UseMutationResult<PaperLogSummary, ApiError, RouteInput<'ice.paperLog.score'>> {
  const api = useApi()
  return useMutation<PaperLogSummary, ApiError, RouteInput<'ice.paperLog.score'>>({ mutationFn: (input) => api.request('ice.paperLog.score', input) })
}
