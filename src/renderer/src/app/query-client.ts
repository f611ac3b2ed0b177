import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Only an unreachable backend is worth retrying (it may be restarting); every other error
        // code is a definite answer, and retrying would only delay showing it.
        retry: (failureCount, error) => error instanceof ApiError && error.code === 'unavailable' && failureCount < 2,
      },
      mutations: { retry: false },
    },
  })
}
