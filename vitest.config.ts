import { defineConfig } from 'vitest/config'

/**
 * Three projects, run by `npm test`: fast unit tests and integration tests over real
 * processes and sockets together, then end-to-end tests driving the built renderer in Chromium.
 */
export default defineConfig({
  test: {
    // CI shows only the end of the output: a JSON report lets .ci/run print each failure's first lines last.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time, and only after the unit and integration tests: the machine has two
          // cores, and a browser starved by integration tests misses its timeouts.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
