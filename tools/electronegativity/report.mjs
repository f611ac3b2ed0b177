import path from 'node:path'
import { failures, warnings } from './problems.mjs'

// The summary people read on the console: what was scanned, each finding with its verdict, and the outcome.

export function printSummary({ meta, scanned, findings, blocking, windows, acceptedFile }) {
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
