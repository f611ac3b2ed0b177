'use strict'
/**
 * Runs Electronegativity once, in its own process, through its programmatic API (the same `run()`
 * its CLI calls). run.mjs starts this; it is not meant to be run by hand.
 *
 *   node scan.cjs --input DIR --csv FILE --meta FILE
 *
 * Why not the CLI:
 *  - the CLI (and `run()`) first downloads translations from an S3 bucket, and one check
 *    (AvailableSecurityFixesGlobalCheck) downloads Electron's release list from GitHub. CI reaches
 *    only the npm registry, so here the translations are configured from the files the package ships
 *    and its HTTP client (`got`) is replaced by a stub that refuses and records every request;
 *  - the CLI only prints parse errors; `run()` returns them, so they go into --meta for run.mjs.
 *
 * The CSV report is still written by Electronegativity itself. Its writer starts the header write
 * (truncating) and the body append together without waiting for either, so nothing orders them: the
 * body could be truncated or partly overwritten by the header (not seen in local runs, but possible).
 * Writes to the report file are therefore queued here, one after the other, and run.mjs also checks
 * the CSV against the findings recorded in --meta.
 */
const fs = require('node:fs')
const path = require('node:path')
const Module = require('node:module')

function argValue(name) {
  const index = process.argv.indexOf(name)
  if (index === -1 || index + 1 >= process.argv.length) {
    console.error(`scan.cjs: missing ${name}`)
    process.exit(2)
  }
  return path.resolve(process.argv[index + 1])
}

const input = argValue('--input')
const csvPath = argValue('--csv')
const metaPath = argValue('--meta')

const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
const blockedRequests = []

/** Puts `exports` in the require cache under the path `request` resolves to from `fromDir`. */
function preload(request, fromDir, exports) {
  const filename = require.resolve(request, { paths: [fromDir] })
  const stub = new Module(filename, null)
  stub.filename = filename
  stub.loaded = true
  stub.exports = exports
  require.cache[filename] = stub
}

// 1. No network: every request through Electronegativity's HTTP client is refused and recorded.
function refuse(url) {
  blockedRequests.push(String(url))
  return Promise.reject(new Error(`network access blocked by tools/electronegativity/scan.cjs: ${url}`))
}
const gotStub = (url) => refuse(url)
for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete', 'stream', 'paginate']) gotStub[method] = refuse
preload('got', packageDir, gotStub)

// 2. Translations from the package's own en-US.json (what its i18n module falls back to offline).
const i18n = require(require.resolve('i18n', { paths: [packageDir] }))
preload(path.join(packageDir, 'dist/locales/i18n.js'), packageDir, async () => {
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(packageDir, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: global,
  })
  i18n.setLocale('en-US')
})

// 3. Serialise writes to the report file (see the header comment).
const realWriteFile = fs.writeFile
let reportWrites = Promise.resolve()
let pendingReportWrites = 0
fs.writeFile = function writeFile(file, data, options, callback) {
  if (typeof file !== 'string' || path.resolve(file) !== csvPath) return realWriteFile.apply(fs, arguments)
  if (typeof options === 'function') {
    callback = options
    options = undefined
  }
  pendingReportWrites++
  reportWrites = reportWrites.then(
    () =>
      new Promise((resolve) => {
        realWriteFile(file, data, options ?? {}, (error) => {
          pendingReportWrites--
          resolve()
          if (callback) callback(error)
          else if (error) throw error
        })
      }),
  )
}

async function main() {
  const run = require(path.join(packageDir, 'dist/runner.js'))
  const result = await run(
    {
      input,
      output: csvPath,
      isSarif: false,
      customScan: [],
      // Needs GitHub's release list (see above); with Electron in devDependencies it only ever
      // reports INFORMATIONAL anyway. Keep Electron patched through npm instead.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      isVerbose: true,
      parserPlugins: [],
    },
    false,
  )
  await reportWrites
  if (pendingReportWrites !== 0) throw new Error('report writes still pending')
  const meta = {
    tool: require(path.join(packageDir, 'package.json')).version,
    input,
    checks: { global: result.globalChecks, atomic: result.atomicChecks },
    blockedRequests,
    errors: result.errors.map((e) => ({ file: path.relative(input, e.file), message: e.message, tolerable: e.tolerable })),
    issues: result.issues.map((i) => ({
      id: i.id,
      file: i.file,
      line: i.location?.line,
      column: i.location?.column,
      severity: i.severity?.name,
      confidence: i.confidence?.name,
      manualReview: Boolean(i.manualReview),
    })),
  }
  fs.writeFileSync(metaPath, JSON.stringify(meta, null, 2))
}

main().then(
  () => {
    process.exitCode = 0
  },
  (error) => {
    console.error(error && error.stack ? error.stack : error)
    process.exitCode = 1
  },
)
