import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../src/main/core/log'
import { createServices } from '../../src/main/compose-services'
import { createBrowserModeRouter } from '../../src/main/web/browser-mode-router'
import { startWebServer } from '../../src/main/web/server'

/** A page marker the fuzz test looks for: a reply carrying it has served the app without the token. */
export const PAGE_MARKER = 'distillscope-page-served-7c1f'

/**
 * Browser mode in its own process (run with `node tools/run-ts.mjs`), so a test can tell a refused
 * request from a crashed server: a throw in a handler ends this process, not the test runner.
 * Prints `{port, token}` as one JSON line, then serves until stdin closes.
 */
export async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'distillscope-web-child-'))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), `<!doctype html><title>${PAGE_MARKER}</title>`)
  const services = createServices({ dataDir: join(dir, 'data'), log: silentLogger, env: {} })
  const server = await startWebServer({
    router: createBrowserModeRouter(services, silentLogger),
    events: services.events,
    rendererDir,
    port: 0,
    log: silentLogger,
  })
  process.stdout.write(`${JSON.stringify({ port: server.port, token: server.token })}\n`)
  await new Promise<void>((resolve) => {
    process.stdin.resume()
    process.stdin.once('end', resolve)
    process.stdin.once('close', resolve)
  })
  await server.close()
  await services.close()
  rmSync(dir, { recursive: true, force: true })
  return 0
}
