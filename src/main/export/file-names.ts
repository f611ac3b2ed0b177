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
  const first = safeFileStem(runNames[0] ?? '', 40).toLowerCase()
  const more = runNames.length - 1
  const runs = more === 0 ? first || 'run' : first ? `${first}-and-${more}-more` : `${runNames.length}-runs`
  return `${runs}-${what}.${extension}`
}
