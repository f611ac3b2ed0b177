/** Where the tool lives and what the scan reads and judges: shared by the modules of run.mjs. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url))
export const REPO_ROOT = path.resolve(TOOL_DIR, '../..')
export const TOOL_REL = path.relative(REPO_ROOT, TOOL_DIR) || '.'

export const BLOCKING = new Set(['HIGH', 'MEDIUM'])
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
export const CONFIDENCES = ['CERTAIN', 'FIRM', 'TENTATIVE']
export const CSV_COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']
/** Extensions Electronegativity reads as code; .cjs/.mjs are copied under a .js name, which it needs. */
export const CODE_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.cjs', '.mjs'])
export const HTML_EXTENSIONS = new Set(['.html', '.htm'])
export const SCAN_TIMEOUT_MS = 10 * 60 * 1000
