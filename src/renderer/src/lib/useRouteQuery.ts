import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { RouteName, RouteOutput } from '../../../shared/contract/index'
import type { ApiError, RouteArgs } from './api'
import { routeKey } from './query-keys'
import { useApi } from './useApi'

export interface RouteQueryOptions {
  /** False: fetch only when `refetch()` is called (e.g. from a button). */
  readonly enabled?: boolean
}

export function useRouteQuery<N extends RouteName>(route: N, args: RouteArgs<N>, options: RouteQueryOptions = {}): UseQueryResult<RouteOutput<N>, ApiError> {
  const api = useApi()
  return useQuery<RouteOutput<N>, ApiError>({
    queryKey: routeKey(route, args[0]),
    queryFn: () => api.request(route, ...args),
    enabled: options.enabled ?? true,
  })
}
