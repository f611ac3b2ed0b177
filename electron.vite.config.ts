import { chmodSync, existsSync } from 'node:fs'
import { CLI_HEAP_FLAGS } from './src/shared/constants/cli-heap'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * Three bundles: the Electron main process (with the command-line entry beside it, so both share
 * one copy of the core), the sandboxed preload (CommonJS: sandboxed preloads cannot be ES modules),
 * and the React renderer (served by Electron from disk or by browser mode over HTTP).
 */
/**
 * The build rewrites out/main/cli.js, which loses the executable bit npm set at install time: after
 * `npm run build` or `npm run web`, `npx distillscope` would fail with "Permission denied" (issue 18
 * item 8). The bin is made executable again whenever it is written.
 */
function executableCli(): Plugin {
  return {
    name: 'distillscope-executable-cli',
    writeBundle(options) {
      const cli = resolve(options.dir ?? 'out/main', 'cli.js')
      if (existsSync(cli)) chmodSync(cli, 0o755)
    },
  }
}

/**
 * Pure-JavaScript dependencies bundled into the main build instead of loaded from node_modules at
 * run time: Node resolves and compiles one file per module of an unbundled package, about 250 ms
 * before a run's first request (issue 17 item 6). Native modules (better-sqlite3, the canvas) and
 * Electron's own stay external, and so does fflate (only exports and imports load it): its Node
 * build declares its own `require`, which collides with the one the build adds to a chunk.
 */
const BUNDLED_DEPS = [
  '@anthropic-ai/sdk',
  'openai',
  'zod',
  'p-queue',
  'undici',
  'commander',
  'cli-progress',
  'papaparse',
  'ws',
  'chart.js',
  'chartjs-chart-matrix',
  'gpt-tokenizer',
]

/** `vendor-<package>` for a module of a bundled package, none for our own code. */
function vendorChunkName(moduleId: string): string | null {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleId)
  return match ? `vendor-${match[1]!.replace(/^@/, '').replace(/[\\/]/g, '-')}` : null
}

export default defineConfig({
  main: {
    plugins: [executableCli()],
    build: {
      externalizeDeps: { exclude: BUNDLED_DEPS },
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/main/cli/index.ts'),
        },
        output: {
          // The CLI entry is the package's `bin`, so it needs a shebang. Its heap settings keep a long
          // run's memory flat (issue 17 item 3): by default V8 sizes its heap by the machine's memory
          // (a 128 MB young generation, old space left to grow to about 300 MB of garbage before it is
          // collected), so a 20,000-call run peaked at 540 MB with 60 MB alive; with these, 240 MB.
          banner: (chunk) => (chunk.name === 'cli' ? `#!/usr/bin/env -S node ${CLI_HEAP_FLAGS}` : ''),
          // Each bundled package in a chunk of its own (`vendor-<package>`), loaded when first
          // imported as before, and kept apart from our code: the security scan reads our chunks
          // and skips these, as it skips node_modules and the renderer's bundled libraries.
          codeSplitting: { groups: [{ name: vendorChunkName }] },
        },
      },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve('src/preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      // Minified, with each page in its own chunk (routes.tsx), so the first page loads little script.
      minify: true,
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
})
