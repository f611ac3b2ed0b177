import { readFileSync } from 'node:fs'
import { peakRssBytes } from './peak-rss.mjs'

/**
 * Reads one package with the app's reader in a process of its own, so the test can see the
 * reader's peak memory (peak-rss.mjs) apart from the test runner's. Prints one JSON line.
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
process.stdout.write(`${JSON.stringify({ ...outcome, maxRssMb: peakRssBytes() / 1024 / 1024 })}\n`)
