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
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, TOOL_DIR } from './config.mjs'
import { collectBuiltApp, collectInputDir, stage } from './input.mjs'
import { judge, loadAccepted } from './judge.mjs'
import { inlineSuppressions, windowCoverage } from './own-checks.mjs'
import { failures, warnings } from './problems.mjs'
import { printSummary } from './report.mjs'
import { ensureDependencies, readReport, runScanner } from './scanner.mjs'

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
