/**
 * A name made safe for every file system (Windows, macOS, Linux, zip entries): accents dropped
 * rather than turned into dashes, anything else outside letters, digits, dot, dash and underscore
 * becomes one dash, and no leading or trailing dot or dash (a hidden file, or Windows' trailing-dot
 * rule). Empty when nothing of the name survives; callers choose their own fallback.
 */
export function safeFileStem(name: string, maxLength = 60): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, maxLength)
    .replace(/^[-.]+|[-.]+$/g, '')
}

/**
 * The file name of a figure or table exported from the app, e.g. `budget-demo-ice-models.png`:
 * the run's name (the first one's and how many more, for several), what it is, the extension.
 * Lower case, like the figure and table names it ends with, so the whole name reads as one slug.
 */
export function exportFileName(runNames: readonly string[], what: string, extension: string): string {
  const first = runStem(runNames[0] ?? '')
  const more = runNames.length - 1
  const runs = more === 0 ? first || 'run' : first ? `${first}-and-${more}-more` : `${runNames.length}-runs`
  return `${runs}-${what}.${extension}`
}

/** Long enough for "RSE: student, student vs reference" in full; a file name may hold 255 bytes. */
const RUN_STEM_MAX = 120

/**
 * A run's name as a lower-case slug, whole when it fits. A longer one keeps its start and its end
 * (where an RSE run's name says "vs <reference>") around a `--`, rather than losing the end.
 */
function runStem(name: string): string {
  const whole = safeFileStem(name, Number.MAX_SAFE_INTEGER).toLowerCase()
  if (whole.length <= RUN_STEM_MAX) return whole
  const head = whole.slice(0, 70).replace(/[-.]+$/, '')
  const tail = whole.slice(-(RUN_STEM_MAX - 72)).replace(/^[-.]+/, '')
  return `${head}--${tail}`
}
