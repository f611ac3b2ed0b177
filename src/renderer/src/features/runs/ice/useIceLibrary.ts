import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { routeKey } from '../../../lib/query-keys'
import { useApi } from '../../../lib/useApi'
import { useRouteQuery } from '../../../lib/useRouteQuery'

/** The library the ICE wizard picks from: facts, question and seed sets, the suspected source's defaults. */
export function useIceLibrary() {
  const facts = useRouteQuery('ice.facts.list', [])
  const sets = useRouteQuery('ice.sets.list', [])
  const defaults = useRouteQuery('ice.defaults', [])
  return { facts, sets, defaults }
}

/** Facts edited or sets imported elsewhere (the ICE library page, another window) reach the wizard. */
export function useIceLibrarySync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(
    () =>
      api.on('ice.changed', ({ what }) => {
        void queryClient.invalidateQueries({ queryKey: routeKey(what === 'facts' ? 'ice.facts.list' : 'ice.sets.list') })
      }),
    [api, queryClient],
  )
}
