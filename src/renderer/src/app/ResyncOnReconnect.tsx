import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useApi } from '../lib/useApi'

/**
 * After browser mode's event connection comes back (the backend restarted, the laptop slept),
 * everything on screen is fetched again: a run may have ended, or a model changed, while its
 * event could not arrive.
 */
export function ResyncOnReconnect() {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(() => api.on('app.reconnected', () => void queryClient.invalidateQueries()), [api, queryClient])
  return null
}
