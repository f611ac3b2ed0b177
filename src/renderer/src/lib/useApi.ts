import { createContext, useContext } from 'react'
import type { ApiClient } from './api'

/** Provided once at the root, so components can be rendered against a fake client. */
export const ApiContext = createContext<ApiClient | null>(null)

export function useApi(): ApiClient {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi must be used inside <ApiContext value={...}>')
  return api
}
