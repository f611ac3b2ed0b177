import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

/**
 * Lets a plain `node` child import the TypeScript sources (run with --experimental-transform-types):
 * the sources import siblings without an extension, as bundlers allow, so `.ts` is tried here.
 */
registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && context.parentURL?.endsWith('.ts')) {
      const url = new URL(specifier, context.parentURL).href
      for (const candidate of [`${url}.ts`, `${url}/index.ts`]) if (existsSync(fileURLToPath(candidate))) return next(candidate, context)
    }
    return next(specifier, context)
  },
})
