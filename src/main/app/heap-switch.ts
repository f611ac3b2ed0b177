import { CLI_HEAP_FLAGS } from '../../shared/constants/cli-heap'

/**
 * The command line's V8 heap settings, for Electron's main process (where runs execute). Electron
 * takes V8 flags for its main process only from `--js-flags` on the command line it was started
 * with (Electron's command-line switches: "In order to enable the flags in the main process, this
 * switch must be passed on startup"): `app.commandLine.appendSwitch('js-flags', ...)` before `ready`
 * reaches only the processes started later (the renderers), and `v8.setFlagsFromString` once V8 is
 * running leaves the heap as it was sized (measured: the old-space limit and the young generation's
 * growth do not change). So the switch has to be on Electron's own command line; the app says so
 * when it was started without it. (Passing it from package.json's scripts trips the security scan:
 * electronegativity counts --js-flags among dangerous arguments, and its line lookup fails on the
 * quotes the two flags need.)
 */
export const HEAP_SWITCH = 'js-flags'

/** The switch as it is passed to Electron: `electron --js-flags="..." .`. */
export const HEAP_SWITCH_ARGUMENT = `--${HEAP_SWITCH}="${CLI_HEAP_FLAGS}"`

/**
 * Why this start lacks the heap settings, or undefined when it has them all. `startedWith` is the
 * value of Electron's `--js-flags` switch (undefined when absent); other flags beside ours are fine.
 */
export function missingHeapSettings(startedWith: string | undefined): string | undefined {
  const given = new Set((startedWith ?? '').split(/\s+/).filter((flag) => flag !== ''))
  const missing = CLI_HEAP_FLAGS.split(' ').filter((flag) => !given.has(flag))
  if (missing.length === 0) return undefined
  return `Electron was started without the heap settings ${missing.join(' ')} (start Electron with ${HEAP_SWITCH_ARGUMENT}): a long run may use more memory.`
}
