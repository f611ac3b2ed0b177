// Runs a TypeScript script (benchmarks, generators) through Vite's SSR loader, so it imports the app's sources exactly
// as the build and the tests do (TypeScript, import.meta.glob for migrations).
// Usage: node tools/run-ts.mjs <file.ts>   (the file exports `main(): Promise<number>`, the exit code)
import { resolve } from 'node:path'
import { createServer } from 'vite'

const file = process.argv[2]
if (!file) {
  console.error('Usage: node tools/run-ts.mjs <file.ts>')
  process.exit(2)
}
const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' })
try {
  const module = await server.ssrLoadModule(resolve(file))
  process.exitCode = await module.main()
} finally {
  await server.close()
}
