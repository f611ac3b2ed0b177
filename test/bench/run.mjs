// Runs a TypeScript benchmark through Vite's SSR loader, so it imports the app's sources exactly
// as the build and the tests do (TypeScript, import.meta.glob for migrations).
// Usage: node test/bench/run.mjs test/bench/<name>.ts
import { resolve } from 'node:path'
import { createServer } from 'vite'

const file = process.argv[2]
if (!file) {
  console.error('Usage: node test/bench/run.mjs <benchmark.ts>')
  process.exit(2)
}
const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' })
try {
  const module = await server.ssrLoadModule(resolve(file))
  process.exitCode = await module.main()
} finally {
  await server.close()
}
