import { readFileSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

/**
 * Preloaded into a child (`--import`) to record every package the child loads; the list is written
 * to $RECORD_IMPORTS_TO when the child exits. Tests use it to prove a command loads only what it
 * needs. A package is loaded when it is imported by name (a dependency kept outside the bundle), or
 * when a bundle file that holds its code is: the build marks each bundled module with a
 * `// node_modules/<package>/...` line, and those lines of every loaded file of `out/` are read.
 */
const packages = new Set()
const bundleFiles = new Set()
registerHooks({
  resolve(specifier, context, next) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:') && !specifier.startsWith('file:')) {
      packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0])
    }
    const resolved = next(specifier, context)
    if (resolved.url.startsWith('file:') && /\/out\/main\//.test(resolved.url)) bundleFiles.add(resolved.url)
    return resolved
  },
})
process.on('exit', () => {
  for (const url of bundleFiles) {
    for (const [, name] of readFileSync(fileURLToPath(url), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) packages.add(name)
  }
  writeFileSync(process.env.RECORD_IMPORTS_TO, JSON.stringify([...packages].sort()))
})
