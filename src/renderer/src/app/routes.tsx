import { Navigate, createHashRouter, type RouteObject } from 'react-router'
import { ComparePage } from '../pages/ComparePage'
import { IceLibraryPage } from '../pages/IceLibraryPage'
import { ModelsPage } from '../pages/ModelsPage'
import { PromptSetsPage } from '../pages/PromptSetsPage'
import { ResultsPage, RunResultsPage } from '../pages/ResultsPage'
import { RunPage, RunsPage } from '../pages/RunsPage'
import { SettingsPage } from '../pages/SettingsPage'
import { AppLayout } from './AppLayout'
import { RouteError } from './RouteError'
import { DEFAULT_PATH, SECTIONS } from './sections'

/** Exported so a test can mount the same tree in a memory router. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // A crashing page is caught here, inside the layout, so the navigation stays usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={DEFAULT_PATH} replace /> },
          { path: SECTIONS.models.path, element: <ModelsPage /> },
          { path: SECTIONS.promptSets.path, element: <PromptSetsPage /> },
          { path: SECTIONS.iceLibrary.path, element: <IceLibraryPage /> },
          { path: SECTIONS.runs.path, element: <RunsPage /> },
          { path: `${SECTIONS.runs.path}/:runId`, element: <RunPage /> },
          { path: SECTIONS.results.path, element: <ResultsPage /> },
          // A static segment outranks `:runId`, so no run id can shadow the comparison.
          { path: `${SECTIONS.results.path}/compare`, element: <ComparePage /> },
          { path: `${SECTIONS.results.path}/:runId`, element: <RunResultsPage /> },
          { path: SECTIONS.settings.path, element: <SettingsPage /> },
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
