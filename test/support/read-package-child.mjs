import { readFileSync } from 'node:fs'

/**
 * Reads one package with the app's reader in a process of its own, so the test can see the
 * reader's peak memory (maxRSS) apart from the test runner's. Prints one JSON line.
 */
const [sourceFile, zipFile] = process.argv.slice(2)
const { readPackage } = await import(sourceFile)
let outcome
try {
  readPackage(readFileSync(zipFile), 'bomb.zip')
  outcome = { imported: true }
} catch (error) {
  outcome = { imported: false, message: error instanceof Error ? error.message : String(error) }
}
process.stdout.write(`${JSON.stringify({ ...outcome, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`)
