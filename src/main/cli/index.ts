import { enableCompileCache } from 'node:module'
import { fileURLToPath } from 'node:url'

/**
 * Entry of the `distillscope` command. Checks the Node version before loading anything else: the
 * database driver needs Node 22 or later and would otherwise fail with an obscure native error.
 */
const REQUIRED_MAJOR = 22
const major = Number(process.versions.node.split('.')[0])
if (major < REQUIRED_MAJOR) {
  process.stderr.write(`Distillscope needs Node.js ${REQUIRED_MAJOR} or later; this is Node.js ${process.versions.node}.\n`)
  process.exit(1)
}

// V8's compiled code for the bundle is kept on disk (Node's own cache, in the temp folder) and
// reused by the next command: parsing and compiling the main bundle is most of a run's start-up.
// A cache that cannot be written only costs that time again.
enableCompileCache()

// The built renderer sits beside the main bundle: out/main/cli.js -> out/renderer.
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
const { runCli } = await import('./program')
process.exitCode = await runCli(process.argv, { rendererDir })
