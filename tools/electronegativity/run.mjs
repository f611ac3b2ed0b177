#!/usr/bin/env node
/**
 * Electron security gate: runs Electronegativity on the built app and fails on any HIGH or MEDIUM
 * finding that accepted.json does not accept. See README.md beside this file.
 *
 *   node tools/electronegativity/run.mjs                  scan the built app (out/, after electron-vite build)
 *   node tools/electronegativity/run.mjs --input DIR      scan DIR instead (its .js/.cjs/.mjs/.ts/.html/package.json)
 *     --accepted FILE     allow-list (default: accepted.json beside this file; none with --input)
 *     --report-dir DIR    where the report goes (default: report/ beside this file)
 *
 * Exit code: 0 pass, 1 fail (blocking findings, scan failure, parse errors, missing input), 2 bad usage.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url))
const REPO_ROOT = path.resolve(TOOL_DIR, '../..')
const TOOL_REL = path.relative(REPO_ROOT, TOOL_DIR) || '.'

const BLOCKING = new Set(['HIGH', 'MEDIUM'])
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
const CONFIDENCES = ['CERTAIN', 'FIRM', 'TENTATIVE']
const CSV_COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']
/** Extensions Electronegativity reads as code; .cjs/.mjs are copied under a .js name, which it needs. */
const CODE_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.cjs', '.mjs'])
const HTML_EXTENSIONS = new Set(['.html', '.htm'])
const SCAN_TIMEOUT_MS = 10 * 60 * 1000

/** Hard failures (the scan could not be trusted); findings are judged separately. */
const failures = []
const warnings = []

function usage(message) {
  if (message) console.error(`electronegativity: ${message}`)
  console.error('usage: node tools/electronegativity/run.mjs [--input DIR] [--accepted FILE] [--report-dir DIR]')
  process.exit(2)
}

function parseArgs(argv) {
  const options = { input: undefined, accepted: undefined, reportDir: path.join(TOOL_DIR, 'report') }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) usage(`${arg} needs a value`)
      return path.resolve(v)
    }
    if (arg === '--input') options.input = value()
    else if (arg === '--accepted') options.accepted = value()
    else if (arg === '--report-dir') options.reportDir = value()
    else if (arg === '--help' || arg === '-h') usage()
    else usage(`unknown argument ${arg}`)
  }
  if (options.accepted === undefined && options.input === undefined) options.accepted = path.join(TOOL_DIR, 'accepted.json')
  return options
}

// ---------------------------------------------------------------------------------------------
// Dependencies: this folder has its own package.json/lock (its old eslint/typescript must not meet
// the app's). Installed on first use so CI needs no extra step.

function ensureDependencies() {
  const pkg = JSON.parse(fs.readFileSync(path.join(TOOL_DIR, 'package.json'), 'utf8'))
  const missing = Object.keys(pkg.dependencies ?? {}).filter(
    (name) => !fs.existsSync(path.join(TOOL_DIR, 'node_modules', ...name.split('/'), 'package.json')),
  )
  if (missing.length === 0) return
  console.log(`electronegativity: installing ${TOOL_REL}/node_modules (missing: ${missing.join(', ')})`)
  // --ignore-scripts: the scanner needs no install script (the only one in its tree is es5-ext's
  // postinstall message); nothing may fetch from outside the npm registry.
  const args = ['ci', '--prefix', TOOL_DIR, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` }
  const result = spawnSync('npm', args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (result.error || result.status !== 0) {
    console.error(`electronegativity: FAIL: \`npm ${args.join(' ')}\` failed${result.error ? `: ${result.error.message}` : ` (exit ${result.status})`}`)
    process.exit(1)
  }
}

// ---------------------------------------------------------------------------------------------
// Input: the files to scan are copied into a temporary folder (with the app's package.json, so the
// Electron-version-dependent checks know the version).

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (entry.isFile()) out.push(full)
  }
  return out
}

function isScannable(file) {
  const ext = path.extname(file).toLowerCase()
  return CODE_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || path.basename(file) === 'package.json'
}

/** Returns [{ source: absolute path, display: path shown to people }] or exits with a clear message. */
function collectBuiltApp() {
  const rel = (p) => path.relative(REPO_ROOT, p)
  const files = []
  const problems = []
  const pkg = path.join(REPO_ROOT, 'package.json')
  if (fs.existsSync(pkg)) files.push(pkg)
  else problems.push('package.json')
  for (const dir of ['out/main', 'out/preload']) {
    const abs = path.join(REPO_ROOT, dir)
    // Not the bundled packages' chunks (vendor-<package>, electron.vite.config.ts): third-party code,
    // as node_modules is, whose modern syntax the scanner's parser cannot read.
    const code = fs.existsSync(abs)
      ? walk(abs).filter((f) => CODE_EXTENSIONS.has(path.extname(f).toLowerCase()) && !path.basename(f).startsWith('vendor-'))
      : []
    if (code.length === 0) problems.push(`${dir}/ (no .js/.cjs/.mjs files)`)
    files.push(...code)
  }
  // Only the page itself: out/renderer/assets holds the bundled React/Mantine code, whose
  // minified third-party patterns are noise for an Electron configuration scan.
  const rendererDir = path.join(REPO_ROOT, 'out/renderer')
  const pages = fs.existsSync(rendererDir)
    ? fs.readdirSync(rendererDir).filter((f) => HTML_EXTENSIONS.has(path.extname(f).toLowerCase())).map((f) => path.join(rendererDir, f))
    : []
  if (!pages.some((p) => path.basename(p) === 'index.html')) problems.push('out/renderer/index.html')
  files.push(...pages)
  if (problems.length > 0) {
    console.error(`electronegativity: FAIL: missing input: ${problems.join(', ')}`)
    console.error('  The scan reads the built app: run `npx electron-vite build` (or `npm run build`) in the repo root first.')
    process.exit(1)
  }
  warnIfStale(files)
  return files.map((source) => ({ source, display: rel(source) }))
}

function warnIfStale(builtFiles) {
  const sources = ['src/main', 'src/preload', 'src/shared', 'src/renderer/index.html']
    .map((p) => path.join(REPO_ROOT, p))
    .filter((p) => fs.existsSync(p))
    .flatMap((p) => (fs.statSync(p).isDirectory() ? walk(p) : [p]))
  if (sources.length === 0) return
  const newestSource = Math.max(...sources.map((f) => fs.statSync(f).mtimeMs))
  const oldestBuilt = Math.min(...builtFiles.filter((f) => f.includes(`${path.sep}out${path.sep}`)).map((f) => fs.statSync(f).mtimeMs))
  if (newestSource > oldestBuilt) {
    warnings.push('out/ is older than some files in src/: this scans the last build, not your latest edits (run `npx electron-vite build`).')
  }
}

function collectInputDir(dir) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`electronegativity: FAIL: --input ${dir} is not a folder`)
    process.exit(1)
  }
  const files = walk(dir).filter(isScannable)
  if (!files.some((f) => CODE_EXTENSIONS.has(path.extname(f).toLowerCase()))) {
    console.error(`electronegativity: FAIL: no JavaScript or TypeScript files under ${dir}`)
    process.exit(1)
  }
  return files.map((source) => ({ source, display: path.relative(dir, source) }))
}

/** Copies the files into a fresh folder; returns it and a map staged-relative-path -> file entry. */
function stage(files, baseDir) {
  const stageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'distillscope-electronegativity-'))
  const byStaged = new Map()
  for (const file of files) {
    let rel = path.relative(baseDir, file.source)
    const ext = path.extname(rel).toLowerCase()
    if (ext === '.cjs' || ext === '.mjs') rel += '.js' // index.cjs -> index.cjs.js (never collides)
    const target = path.join(stageDir, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(file.source, target)
    byStaged.set(rel.split(path.sep).join('/'), { ...file, staged: target })
  }
  return { stageDir, byStaged }
}

// ---------------------------------------------------------------------------------------------
// Checks of our own on the staged code, for what Electronegativity cannot see or would let pass.

function lineAt(text, line) {
  return (text.split('\n')[line - 1] ?? '').trim()
}

/**
 * Electronegativity's window checks (contextIsolation, nodeIntegration, sandbox, ...) only look at
 * `new BrowserWindow(...)` / `new BrowserView(...)` with exactly that identifier. A bundler renaming
 * the import (`new electron.BrowserWindow`, `new BrowserWindow$1`) or a WebContentsView would pass
 * unchecked, so those become findings here; and code with no window at all is a wrong input.
 */
async function windowCoverage(byStaged) {
  const { parse } = await import('@babel/parser')
  const findings = []
  let checked = 0
  const unchecked = /^(BrowserWindow|BrowserView|WebContentsView)(\$\d+|_\d+)?$/
  for (const [rel, file] of byStaged) {
    const ext = path.extname(rel).toLowerCase()
    if (!CODE_EXTENSIONS.has(ext)) continue
    const text = fs.readFileSync(file.staged, 'utf8')
    const plugins = ext === '.ts' ? ['typescript'] : ext === '.tsx' ? ['typescript', 'jsx'] : ['jsx']
    let ast
    try {
      ast = parse(text, { sourceType: 'unambiguous', allowReturnOutsideFunction: true, allowHashBang: true, plugins })
    } catch (error) {
      failures.push(`cannot parse ${file.display}: ${error.message}`)
      continue
    }
    const stack = [ast.program]
    while (stack.length > 0) {
      const node = stack.pop()
      if (Array.isArray(node)) {
        stack.push(...node)
        continue
      }
      if (!node || typeof node.type !== 'string') continue
      if (node.type === 'NewExpression') {
        const callee = node.callee
        let name
        if (callee.type === 'Identifier') name = callee.name
        else if (callee.type === 'MemberExpression' && !callee.computed) name = callee.property.name
        else if (callee.type === 'MemberExpression' && callee.property.type === 'StringLiteral') name = callee.property.value
        if (callee.type === 'Identifier' && (name === 'BrowserWindow' || name === 'BrowserView')) checked++
        else if (name && unchecked.test(name)) {
          const line = node.loc.start.line
          findings.push({
            id: 'RUNNER_UNCHECKED_WINDOW',
            severity: 'HIGH',
            confidence: 'CERTAIN',
            file: file.display,
            line,
            column: node.loc.start.column,
            sample: lineAt(text, line),
            description: `\`new ${name}(...)\` is invisible to Electronegativity's window checks (it only matches a plain \`new BrowserWindow(\`/\`new BrowserView(\`): its webPreferences are not checked.`,
            url: '',
            manualReview: true,
          })
        }
      }
      for (const key of Object.keys(node)) {
        if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key.endsWith('Comments')) continue
        const child = node[key]
        if (child && typeof child === 'object') stack.push(child)
      }
    }
  }
  if (checked === 0 && findings.length === 0) {
    failures.push(
      'no `new BrowserWindow(...)` in the scanned code: the window checks (contextIsolation, nodeIntegration, sandbox, ...) had nothing to check. Wrong input?',
    )
  }
  return { findings, checked }
}

/** Electronegativity drops findings on lines marked `eng-disable CHECK`; here only accepted.json may accept. */
function inlineSuppressions(byStaged) {
  for (const file of byStaged.values()) {
    if (path.basename(file.staged) === 'package.json') continue
    const lines = fs.readFileSync(file.staged, 'utf8').split('\n')
    lines.forEach((text, i) => {
      if (/eng-disable/i.test(text)) {
        failures.push(
          `inline Electronegativity suppression at ${file.display}:${i + 1} (\`${text.trim().slice(0, 100)}\`): record accepted findings in ${TOOL_REL}/accepted.json with a reason instead`,
        )
      }
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Accepted findings

function loadAccepted(file) {
  if (file === undefined) return []
  if (!fs.existsSync(file)) {
    failures.push(`allow-list ${file} does not exist`)
    return []
  }
  let list
  try {
    list = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    failures.push(`allow-list ${file} is not valid JSON: ${error.message}`)
    return []
  }
  if (!Array.isArray(list)) {
    failures.push(`allow-list ${file} must be a JSON array`)
    return []
  }
  const valid = []
  list.forEach((entry, i) => {
    const problems = []
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) problems.push('not an object')
    else {
      for (const key of Object.keys(entry)) if (!['check', 'file', 'contains', 'reason'].includes(key)) problems.push(`unknown key "${key}"`)
      if (typeof entry.check !== 'string' || !/^[A-Z0-9_]+$/.test(entry.check)) problems.push('"check" must be a check id such as CONTEXT_ISOLATION_JS_CHECK')
      if (typeof entry.file !== 'string' || entry.file === '') problems.push('"file" must be the file as printed in the summary (or "(global)")')
      if (entry.contains !== undefined && (typeof entry.contains !== 'string' || entry.contains === '')) problems.push('"contains", if given, must be a non-empty string')
      if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) problems.push('"reason" must explain, in a sentence, why the finding is acceptable')
    }
    if (problems.length > 0) failures.push(`allow-list entry #${i + 1} in ${file}: ${problems.join('; ')}`)
    else valid.push({ ...entry, used: 0 })
  })
  return valid
}

// ---------------------------------------------------------------------------------------------
// Scan and report

function runScanner(stageDir, csvPath, metaPath) {
  const result = spawnSync(process.execPath, [path.join(TOOL_DIR, 'scan.cjs'), '--input', stageDir, '--csv', csvPath, '--meta', metaPath], {
    cwd: TOOL_DIR,
    encoding: 'utf8',
    timeout: SCAN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  if (output) console.log(`Electronegativity said:\n${output.replace(/^/gm, '  | ')}`)
  if (result.error) failures.push(`the scan could not run: ${result.error.message}`)
  else if (result.signal) failures.push(`the scan was killed (${result.signal})`)
  else if (result.status !== 0) failures.push(`the scan failed (exit ${result.status})`)
}

async function readReport(csvPath, metaPath, byStaged, inputBase) {
  if (!fs.existsSync(csvPath) || !fs.existsSync(metaPath)) {
    failures.push('the scan produced no report')
    return { findings: [], meta: undefined }
  }
  const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8'))
  for (const request of meta.blockedRequests ?? []) failures.push(`the scanner tried to reach the network (${request}); a check may be incomplete`)
  for (const error of meta.errors ?? []) {
    failures.push(`${error.tolerable ? 'parse warning' : 'parse error (file not scanned)'} in ${displayOf(error.file, byStaged, inputBase)}: ${error.message}`)
  }

  const { parse } = await import('csv-parse/sync')
  const text = fs.readFileSync(csvPath, 'utf8')
  const firstLine = text.split(/\r?\n/, 1)[0].split(',').map((h) => h.trim())
  if (firstLine.join() !== CSV_COLUMNS.join()) {
    failures.push(`the report ${csvPath} has no header line (or an unexpected one): ${JSON.stringify(firstLine.join(', ').slice(0, 200))}`)
    return { findings: [], meta }
  }
  let rows
  try {
    rows = parse(text, {
      columns: (header) => header.map((h) => h.trim()),
      skip_empty_lines: true,
    })
  } catch (error) {
    failures.push(`the report ${csvPath} is not valid CSV: ${error.message}`)
    return { findings: [], meta }
  }
  const header = rows.length > 0 ? Object.keys(rows[0]) : CSV_COLUMNS
  if (header.join() !== CSV_COLUMNS.join()) {
    failures.push(`unexpected report columns: ${header.join(', ')}`)
    return { findings: [], meta }
  }
  const findings = []
  for (const [i, row] of rows.entries()) {
    const location = /^(\d+):(\d+)$/.exec(row.location)
    if (!/^[A-Z0-9_]+$/.test(row.issue) || !SEVERITIES.includes(row.severity) || !CONFIDENCES.includes(row.confidence) || !location) {
      failures.push(`unreadable report row ${i + 2}: ${JSON.stringify(row)}`)
      continue
    }
    findings.push({
      id: row.issue,
      severity: row.severity,
      confidence: row.confidence,
      stagedFile: row.filename,
      file: row.filename === 'N/A' ? '(global)' : displayOf(row.filename, byStaged, inputBase),
      line: Number(location[1]),
      column: Number(location[2]),
      sample: row.sample === 'N/A' ? '' : row.sample,
      description: row.description,
      url: row.url,
      manualReview: false,
    })
  }
  // The CSV must say exactly what the scanner returned (guards against a truncated or mangled file).
  const key = (f) => `${f.id}|${f.stagedFile ?? f.file}|${f.line}|${f.severity}|${f.confidence}`
  const expected = (meta.issues ?? []).map(key)
  const got = findings.map(key)
  if (expected.length !== got.length || expected.some((k, i) => k !== got[i])) {
    failures.push(`the CSV report (${got.length} rows) does not match the scanner's result (${expected.length} findings)`)
  } else {
    meta.issues.forEach((issue, i) => (findings[i].manualReview = issue.manualReview))
  }
  return { findings, meta }
}

function displayOf(stagedRel, byStaged, inputBase) {
  const normal = String(stagedRel).split(path.sep).join('/')
  const entry = byStaged.get(normal)
  if (entry) return entry.display
  return path.relative(inputBase, path.join(inputBase, normal.replace(/\.(cjs|mjs)\.js$/, '.$1')))
}

function judge(findings, accepted) {
  for (const finding of findings) {
    finding.blocking = BLOCKING.has(finding.severity)
    const entry = accepted.find(
      (a) => a.check === finding.id && a.file === finding.file && (a.contains === undefined || finding.sample.includes(a.contains)),
    )
    if (entry) {
      entry.used++
      finding.accepted = entry.reason
    }
  }
  for (const entry of accepted) {
    if (entry.used === 0) warnings.push(`accepted.json entry ${entry.check} @ ${entry.file}${entry.contains ? ` ("${entry.contains}")` : ''} matched nothing: remove it`)
  }
  const rank = (f) => SEVERITIES.indexOf(f.severity) * 10 + CONFIDENCES.indexOf(f.confidence)
  findings.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.id.localeCompare(b.id))
  return findings.filter((f) => f.blocking && !f.accepted)
}

function printSummary({ meta, scanned, findings, blocking, windows, acceptedFile }) {
  console.log('')
  console.log(`Electronegativity ${meta?.tool ?? '?'}: ${meta?.checks?.atomic ?? '?'} file checks + ${meta?.checks?.global ?? '?'} global checks`)
  console.log(`Scanned: ${scanned.join(', ')}`)
  console.log(`BrowserWindow/BrowserView constructions seen by the window checks: ${windows.checked}`)
  console.log('')
  if (findings.length === 0) console.log('Findings: none')
  else {
    const allowList = acceptedFile ? path.relative(process.cwd(), acceptedFile) : 'an allow-list (none given)'
    console.log(`Findings (${findings.length}); HIGH and MEDIUM fail the run unless accepted in ${allowList}:`)
    for (const f of findings) {
      const verdict = f.accepted ? 'ACCEPTED' : f.blocking ? 'FAIL' : 'note'
      const where = f.file === '(global)' ? '(global)' : `${f.file}:${f.line}:${f.column}`
      console.log(`  [${verdict}] ${f.severity} / ${f.confidence}  ${f.id}  ${where}${f.manualReview ? '  (review required)' : ''}`)
      console.log(`      ${f.description}`)
      if (f.sample) console.log(`      > ${f.sample.length > 160 ? `${f.sample.slice(0, 157)}...` : f.sample}`)
      if (f.accepted) console.log(`      accepted: ${f.accepted}`)
      if (f.url) console.log(`      ${f.url}`)
    }
  }
  for (const w of warnings) console.log(`WARNING: ${w}`)
  for (const f of failures) console.log(`FAIL: ${f}`)
  console.log('')
  if (blocking.length === 0 && failures.length === 0) {
    console.log('electronegativity: PASS (no unaccepted HIGH or MEDIUM finding)')
  } else {
    const parts = []
    if (blocking.length > 0) parts.push(`${blocking.length} HIGH/MEDIUM finding(s) not accepted`)
    if (failures.length > 0) parts.push(`${failures.length} scan problem(s)`)
    console.log(`electronegativity: FAIL (${parts.join(', ')})`)
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const inputBase = options.input ?? REPO_ROOT
  const files = options.input ? collectInputDir(options.input) : collectBuiltApp()
  ensureDependencies()
  const accepted = loadAccepted(options.accepted)

  fs.mkdirSync(options.reportDir, { recursive: true })
  const csvPath = path.join(options.reportDir, 'electronegativity.csv')
  const metaPath = path.join(options.reportDir, 'scan-meta.json')
  const summaryPath = path.join(options.reportDir, 'summary.json')
  for (const p of [csvPath, metaPath, summaryPath]) fs.rmSync(p, { force: true })

  const { stageDir, byStaged } = stage(files, inputBase)
  let findings = []
  let meta
  let windows = { findings: [], checked: 0 }
  try {
    inlineSuppressions(byStaged)
    windows = await windowCoverage(byStaged)
    runScanner(stageDir, csvPath, metaPath)
    const report = await readReport(csvPath, metaPath, byStaged, inputBase)
    findings = [...report.findings, ...windows.findings]
    meta = report.meta
  } finally {
    fs.rmSync(stageDir, { recursive: true, force: true })
  }

  const blocking = judge(findings, accepted)
  const scanned = files.map((f) => f.display)
  printSummary({ meta, scanned, findings, blocking, windows, acceptedFile: options.accepted })
  const passed = blocking.length === 0 && failures.length === 0
  fs.writeFileSync(
    summaryPath,
    JSON.stringify({ passed, scanned, failures, warnings, windowsChecked: windows.checked, findings: findings.map(({ stagedFile, ...f }) => f) }, null, 2),
  )
  console.log(`Report: ${path.relative(process.cwd(), csvPath)} (summary: ${path.relative(process.cwd(), summaryPath)})`)
  process.exitCode = passed ? 0 : 1
}

main().catch((error) => {
  console.error(`electronegativity: FAIL: ${error && error.stack ? error.stack : error}`)
  process.exitCode = 1
})
