import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import type { ApiClient } from '../lib/api'
import { ApiContext } from '../lib/useApi'
import { createQueryClient } from './query-client'
import { ResyncOnReconnect } from './ResyncOnReconnect'
import { createAppRouter } from './routes'
import { colorSchemeManager, cssVariablesResolver, theme } from './theme'

export function App({ api }: { readonly api: ApiClient }) {
  // Created once per mounted app, not per render.
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(createAppRouter)
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <ApiContext value={api}>
        <QueryClientProvider client={queryClient}>
          <ResyncOnReconnect />
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiContext>
    </MantineProvider>
  )
}
