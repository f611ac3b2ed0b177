import type { Envelope, InputIssue } from '../../../shared/contract/errors'
import { isErrorCode } from '../../../shared/contract/errors'

/** The same words whichever transport failed: Electron's IPC or browser mode's HTTP. */
export const UNAVAILABLE_MESSAGE = 'Cannot reach the Distillscope backend. Is it still running?'

function isIssue(value: unknown): value is InputIssue {
  if (typeof value !== 'object' || value === null) return false
  const issue = value as { path?: unknown; message?: unknown }
  return typeof issue.path === 'string' && typeof issue.message === 'string'
}

/**
 * Accepts only the two envelope shapes, so a proxy's error page or a reply from a mismatched
 * backend never reaches the UI as data. Malformed issues are dropped, well-formed ones kept.
 */
export function parseEnvelope(value: unknown): Envelope<unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const candidate = value as { ok?: unknown; data?: unknown; error?: unknown }
  if (candidate.ok === true) return { ok: true, data: candidate.data }
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return undefined
  const error = candidate.error as { code?: unknown; message?: unknown; issues?: unknown }
  if (!isErrorCode(error.code) || typeof error.message !== 'string') return undefined
  const body = { code: error.code, message: error.message }
  return { ok: false, error: Array.isArray(error.issues) ? { ...body, issues: error.issues.filter(isIssue) } : body }
}
