import { Center, Loader } from '@mantine/core'
import { Navigate, createHashRouter, type RouteObject } from 'react-router'
import { AppLayout } from './AppLayout'
import { RouteError } from './RouteError'
import { DEFAULT_PATH, SECTIONS } from '../lib/sections'

/**
 * Exported so a test can mount the same tree in a memory router. Each page is its own chunk, loaded
 * when first visited, so the first page needs only its own script (issue 17 item 6).
 */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown for the moment the first page's chunk takes to load.
    hydrateFallbackElement: (
      <Center h="100vh">
        <Loader aria-label="Loading Distillscope" />
      </Center>
    ),
    children: [
      {
        // A crashing page is caught here, inside the layout, so the navigation stays usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={DEFAULT_PATH} replace /> },
          { path: SECTIONS.models.path, lazy: async () => ({ Component: (await import('../pages/ModelsPage')).ModelsPage }) },
          { path: SECTIONS.promptSets.path, lazy: async () => ({ Component: (await import('../pages/PromptSetsPage')).PromptSetsPage }) },
          { path: SECTIONS.iceLibrary.path, lazy: async () => ({ Component: (await import('../pages/IceLibraryPage')).IceLibraryPage }) },
          { path: SECTIONS.runs.path, lazy: async () => ({ Component: (await import('../pages/RunsPage')).RunsPage }) },
          { path: `${SECTIONS.runs.path}/:runId`, lazy: async () => ({ Component: (await import('../pages/RunsPage')).RunPage }) },
          { path: SECTIONS.results.path, lazy: async () => ({ Component: (await import('../pages/ResultsPage')).ResultsPage }) },
          // A static segment outranks `:runId`, so no run id can shadow the comparison.
          { path: `${SECTIONS.results.path}/compare`, lazy: async () => ({ Component: (await import('../pages/ComparePage')).ComparePage }) },
          { path: `${SECTIONS.results.path}/:runId`, lazy: async () => ({ Component: (await import('../pages/ResultsPage')).RunResultsPage }) },
          { path: SECTIONS.settings.path, lazy: async () => ({ Component: (await import('../pages/SettingsPage')).SettingsPage }) },
          { path: '*', element: <Navigate to={DEFAULT_PATH} replace /> },
        ],
      },
    ],
  },
]

/**
 * Hash routing: Electron loads the page from a file:// URL, where path-based routes would point at
 * files that do not exist; the hash works the same there and over HTTP in browser mode.
 */
export function createAppRouter() {
  return createHashRouter(appRoutes)
}
