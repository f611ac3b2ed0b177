import { ApiError, type ApiClient } from '../api'

/**
 * The import refused because files changed after export: the only refusal the person can
 * overrule (the run is then marked "modified after export"), so the dialog asks instead of failing.
 */
export function isModifiedPackage(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict'
}

export interface PackageFile {
  readonly fileName: string
  readonly base64: string
}

/** Sends a package; `acceptModified` only once the person has confirmed. */
export function requestImport(api: ApiClient, file: PackageFile, options: { readonly acceptModified?: boolean } = {}): Promise<{ readonly runId: string }> {
  return api.request('runs.importPackage', options.acceptModified ? { ...file, acceptModified: true } : file)
}
