// Prints the failed tests of the last run, briefly, from vitest's JSON report (written when CI is
// set). CI keeps only the end of a run's output, where a browser test's long call log can hide the
// first failure, the one the others usually follow from. Run by .ci/run after a failed `npm test`.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

const REPORT = 'test-results/vitest.json'
const LINES_PER_FAILURE = 12
// Colour codes (ESC [ ... m), built from a string because a literal ESC in a regex trips the linter.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

if (!existsSync(REPORT)) {
  console.log(`No test report at ${REPORT}: the tests did not run (see the output above for the step that failed).`)
  process.exit(0)
}

let report
try {
  report = JSON.parse(readFileSync(REPORT, 'utf8'))
} catch (error) {
  console.log(`The test report ${REPORT} could not be read: ${error.message}`)
  process.exit(0)
}

const failures = []
for (const file of report.testResults ?? []) {
  const name = relative(process.cwd(), file.name)
  const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed')
  // A file that failed before any test ran (an import error, a failing beforeAll) has only a message.
  if (failed.length === 0 && file.status === 'failed') failures.push({ where: name, message: file.message ?? '' })
  for (const test of failed) failures.push({ where: `${name} > ${test.fullName}`, message: (test.failureMessages ?? []).join('\n') })
}

console.log(`\n==== ${failures.length} failed test(s), in the order they ran (first lines of each) ====`)
for (const [index, failure] of failures.entries()) {
  const lines = failure.message
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('node_modules'))
  console.log(`\n${index + 1}. ${failure.where}`)
  for (const line of lines.slice(0, LINES_PER_FAILURE)) console.log(`   ${line}`)
  if (lines.length > LINES_PER_FAILURE) console.log(`   ... ${lines.length - LINES_PER_FAILURE} more lines`)
}
