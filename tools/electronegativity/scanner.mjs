import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { CONFIDENCES, CSV_COLUMNS, SCAN_TIMEOUT_MS, SEVERITIES, TOOL_DIR, TOOL_REL } from './config.mjs'
import { failures } from './problems.mjs'

// Electronegativity itself: installing it, running it (scan.cjs, in a child process) and reading its report.

/**
 * This folder has its own package.json/lock (its old eslint/typescript must not meet the app's).
 * Installed on first use so CI needs no extra step.
 */
export function ensureDependencies() {
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

export function runScanner(stageDir, csvPath, metaPath) {
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

export async function readReport(csvPath, metaPath, byStaged, inputBase) {
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
