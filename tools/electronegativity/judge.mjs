import fs from 'node:fs'
import { BLOCKING, CONFIDENCES, SEVERITIES } from './config.mjs'
import { failures, warnings } from './problems.mjs'

// Accepted findings (accepted.json) and the verdict on each finding.

export function loadAccepted(file) {
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

export function judge(findings, accepted) {
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
