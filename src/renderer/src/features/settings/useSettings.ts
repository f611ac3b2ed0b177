import type { UseQueryResult } from '@tanstack/react-query'
import type { Settings } from '../../../../shared/contract/index'
import type { ApiError } from '../../lib/api'
import { useRouteQuery } from '../../lib/useRouteQuery'

export function useSettings(): UseQueryResult<Settings, ApiError> {
  return useRouteQuery('settings.get', [])
}
