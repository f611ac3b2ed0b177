/** Addresses of a run's pages (hash routes, see app/routes.tsx). */
export const RUNS_PATH = '/runs'
export const RESULTS_PATH = '/results'

export function runPath(id: string): string {
  return `${RUNS_PATH}/${encodeURIComponent(id)}`
}

export function resultsPath(id: string): string {
  return `${RESULTS_PATH}/${encodeURIComponent(id)}`
}
