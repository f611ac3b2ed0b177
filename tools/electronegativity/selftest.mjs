#!/usr/bin/env node
/**
 * Self-test of the security gate's judgement: run.mjs must FAIL on a deliberately insecure app and
 * PASS on a secure one, so a green scan means something. Fixtures are written to a temp folder.
 *
 *   node tools/electronegativity/selftest.mjs        (KEEP_SELFTEST=1 keeps the fixtures and reports in the temp folder)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url))
const RUN = path.join(TOOL_DIR, 'run.mjs')

// Same Electron range as the app, so the version-dependent defaults are the app's.
let electronRange = '^45.0.0'
try {
  electronRange = JSON.parse(fs.readFileSync(path.join(TOOL_DIR, '../../package.json'), 'utf8')).devDependencies.electron ?? electronRange
} catch {
  // keep the default
}
const PACKAGE_JSON = JSON.stringify({ name: 'fixture', version: '1.0.0', main: 'main.js', devDependencies: { electron: electronRange } }, null, 2)
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"
const SECURE_HTML = `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>fixture</title>
    <script type="module" src="./app.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`
const INSECURE_HTML = `<!doctype html>
<html>
  <head><meta charset="UTF-8" /><title>fixture</title></head>
  <body><script src="./app.js"></script></body>
</html>
`
const INSECURE_MAIN = `const { app, BrowserWindow } = require('electron')

app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })
  win.loadFile('index.html')
})
`
/** Modern syntax on purpose (import.meta, optional chaining, ??): the parser must cope. */
function secureMain({ auxclick = true, windowClass = 'BrowserWindow', imports = "import { app, BrowserWindow, session } from 'electron'" } = {}) {
  return `${imports}
import { join } from 'node:path'

const allowed = new Set(['https:'])

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  const win = new ${windowClass}({
    width: 800,
    height: 600,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,${auxclick ? "\n      disableBlinkFeatures: 'Auxclick'," : ''}
    },
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  void win.loadFile(join(import.meta.dirname, 'index.html'))
  return allowed?.size ?? 0
})
`
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'distillscope-electronegativity-selftest-'))

function fixture(name, files) {
  const dir = path.join(root, name)
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  return dir
}

function scan(dir, accepted) {
  const reportDir = path.join(dir, '..', `${path.basename(dir)}-report`)
  const args = [RUN, '--input', dir, '--report-dir', reportDir]
  if (accepted) {
    const file = path.join(root, `${path.basename(dir)}-accepted.json`)
    fs.writeFileSync(file, JSON.stringify(accepted, null, 2))
    args.push('--accepted', file)
  }
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 5 * 60 * 1000 })
  const summaryPath = path.join(reportDir, 'summary.json')
  const summary = fs.existsSync(summaryPath) ? JSON.parse(fs.readFileSync(summaryPath, 'utf8')) : undefined
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, summary }
}

const blockingIds = (summary) => (summary?.findings ?? []).filter((f) => f.blocking && !f.accepted).map((f) => f.id)

const cases = [
  {
    name: 'insecure app (nodeIntegration on, contextIsolation off, no CSP) fails',
    files: { 'main.js': INSECURE_MAIN, 'index.html': INSECURE_HTML, 'package.json': PACKAGE_JSON },
    expect: (r) => {
      if (r.status !== 1) return `exit ${r.status}, expected 1`
      const ids = blockingIds(r.summary)
      const missing = ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK'].filter((id) => !ids.includes(id))
      if (missing.length > 0) return `failed, but not for ${missing.join(', ')} (blocking: ${ids.join(', ') || 'none'})`
      // Electronegativity grades an explicit nodeIntegration: true INFORMATIONAL (sandbox: true would
      // disable it; without sandbox, SANDBOX_JS_CHECK already fails), but it must still be reported.
      if (!r.summary.findings.some((f) => f.id === 'NODE_INTEGRATION_JS_CHECK')) return 'nodeIntegration: true was not reported'
      if (r.summary.failures.length > 0) return `unexpected scan problems: ${r.summary.failures.join('; ')}`
    },
  },
  {
    name: 'secure app (contextIsolation, sandbox, no nodeIntegration, CSP meta) passes',
    files: { 'main.js': secureMain(), 'index.html': SECURE_HTML, 'package.json': PACKAGE_JSON },
    expect: (r) => {
      if (r.status !== 0) return `exit ${r.status}, expected 0 (blocking: ${blockingIds(r.summary).join(', ') || 'none'}; problems: ${r.summary?.failures?.join('; ') || 'none'})`
      if (r.summary?.windowsChecked !== 1) return `expected 1 window checked, got ${r.summary?.windowsChecked}`
    },
  },
  {
    name: 'a file that does not parse fails the scan',
    files: { 'main.js': secureMain(), 'broken.js': 'export const = ;\n', 'index.html': SECURE_HTML, 'package.json': PACKAGE_JSON },
    expect: (r) => {
      if (r.status !== 1) return `exit ${r.status}, expected 1`
      if (!r.summary?.failures?.some((f) => /parse error .*broken\.js/.test(f))) return `no parse error reported for broken.js: ${r.summary?.failures?.join('; ')}`
    },
  },
  {
    name: 'a window the scanner cannot see (new electron.BrowserWindow) fails',
    files: {
      'main.js': secureMain({ windowClass: 'electron.BrowserWindow', imports: "import * as electron from 'electron'\nconst { app, session } = electron" }),
      'index.html': SECURE_HTML,
      'package.json': PACKAGE_JSON,
    },
    expect: (r) => (r.status === 1 && blockingIds(r.summary).includes('RUNNER_UNCHECKED_WINDOW') ? undefined : `exit ${r.status}, blocking: ${blockingIds(r.summary).join(', ')}`),
  },
  {
    name: 'code with no BrowserWindow at all fails (nothing was checked)',
    files: { 'main.js': "import { app } from 'electron'\napp.quit()\n", 'index.html': SECURE_HTML, 'package.json': PACKAGE_JSON },
    expect: (r) => (r.status === 1 && r.summary?.failures?.some((f) => f.includes('nothing to check')) ? undefined : `exit ${r.status}, problems: ${r.summary?.failures?.join('; ')}`),
  },
  {
    name: 'a MEDIUM finding fails (missing disableBlinkFeatures: Auxclick)',
    files: { 'main.js': secureMain({ auxclick: false }), 'index.html': SECURE_HTML, 'package.json': PACKAGE_JSON },
    expect: (r) => (r.status === 1 && blockingIds(r.summary).join() === 'AUXCLICK_JS_CHECK' ? undefined : `exit ${r.status}, blocking: ${blockingIds(r.summary).join(', ')}`),
  },
  {
    name: 'the same finding listed in the allow-list with a reason passes',
    files: { 'main.js': secureMain({ auxclick: false }), 'index.html': SECURE_HTML, 'package.json': PACKAGE_JSON },
    accepted: [{ check: 'AUXCLICK_JS_CHECK', file: 'main.js', contains: 'new BrowserWindow(', reason: 'self-test: new windows are denied by setWindowOpenHandler.' }],
    expect: (r) => (r.status === 0 ? undefined : `exit ${r.status}, blocking: ${blockingIds(r.summary).join(', ')}; problems: ${r.summary?.failures?.join('; ')}`),
  },
  {
    name: 'an inline eng-disable comment does not hide a finding',
    files: {
      'main.js': INSECURE_MAIN.replace('contextIsolation: false } })', 'contextIsolation: false } }) // eng-disable NODE_INTEGRATION_JS_CHECK CONTEXT_ISOLATION_JS_CHECK'),
      'index.html': SECURE_HTML,
      'package.json': PACKAGE_JSON,
    },
    expect: (r) => (r.status === 1 && r.summary?.failures?.some((f) => f.includes('inline Electronegativity suppression')) ? undefined : `exit ${r.status}`),
  },
]

let passed = 0
let failed = 0
try {
  for (const testCase of cases) {
    const dir = fixture(testCase.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60), testCase.files)
    const result = scan(dir, testCase.accepted)
    const problem = testCase.expect(result)
    if (problem) {
      failed++
      console.log(`not ok - ${testCase.name}: ${problem}`)
      console.log(result.output.replace(/^/gm, '    # '))
    } else {
      passed++
      console.log(`ok - ${testCase.name}`)
    }
  }
} finally {
  if (!process.env.KEEP_SELFTEST) fs.rmSync(root, { recursive: true, force: true })
}
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
