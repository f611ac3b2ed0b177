import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

/**
 * Preloaded into a child (`--import`) to record every bare package the child imports; the list is
 * written to $RECORD_IMPORTS_TO when the child exits. Tests use it to prove a command loads only
 * what it needs.
 */
const packages = new Set()
registerHooks({
  resolve(specifier, context, next) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:') && !specifier.startsWith('file:')) {
      packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0])
    }
    return next(specifier, context)
  },
})
process.on('exit', () => writeFileSync(process.env.RECORD_IMPORTS_TO, JSON.stringify([...packages].sort())))
