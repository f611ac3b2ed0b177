import { z } from 'zod'
import { runSpecSchema } from '../../../shared/contract/run-spec'

/**
 * A paper package: one zip holding everything a results section needs and everything another
 * Distillscope needs to rebuild the run's tables and figures without a model call. The layout is
 * versioned; a reader refuses a version it does not know rather than guess.
 */
export const PACKAGE_FORMAT = 'distillscope-paper-package'
/**
 * Stays 1 when a file is added that older readers can skip and newer readers can do without (as
 * `data/ice-states.json`): such a change is backward compatible both ways, and a new version
 * would make every older build refuse the package.
 */
export const PACKAGE_VERSION = 1

export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  spec: 'spec.json',
  results: 'results.json',
  methods: 'methods.md',
  citation: 'CITATION.bib',
  readme: 'README.txt',
  rseItems: 'data/rse-items.jsonl',
  rseAnswers: 'data/rse-answers.jsonl',
  rseJudgments: 'data/rse-judgments.jsonl',
  /** Issue 16: answers beyond a prompt's first, and the checks' judgements; absent when the run has none. */
  rseExtraAnswers: 'data/rse-extra-answers.jsonl',
  rseCheckJudgments: 'data/rse-check-judgments.jsonl',
  iceInputs: 'data/ice-inputs.json',
  iceNodes: 'data/ice-nodes.jsonl',
  iceRows: 'data/ice-rows.jsonl',
  /** Replicate 0's stop state, or null: kept as it was so older builds still read new packages. */
  iceState: 'data/ice-state.json',
  /** Every ICE replicate's stop state (replicate 0 included); absent when none stopped, and in older packages. */
  iceStates: 'data/ice-states.json',
  /** The person's own ratings of sampled items (issue 13 item 6); absent when there are none. */
  humanRatings: 'data/human-ratings.jsonl',
} as const

const callTotalsSchema = z
  .object({ sent: z.number(), cached: z.number(), failed: z.number(), inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number() })
  .strict()

export const modelRecordSchema = z
  .object({
    alias: z.string(),
    role: z.string(),
    provider: z.string(),
    kind: z.enum(['openai', 'anthropic']),
    model: z.string(),
    baseURL: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()),
    prices: z.object({ inputPerMTok: z.number(), outputPerMTok: z.number() }),
    simulated: z.boolean(),
    /** The versions the provider reported, with their answered calls (issue 15 item 5); absent in older packages. */
    reportedVersions: z
      .array(z.object({ model: z.string().max(200).nullable(), fingerprint: z.string().max(200).nullable(), calls: z.number().int().min(0) }).strict())
      .max(1000)
      .optional(),
  })
  .strict()
export type ModelRecord = z.infer<typeof modelRecordSchema>

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    version: z.literal(PACKAGE_VERSION),
    app: z.object({ name: z.string(), version: z.string() }).strict(),
    exportedAt: z.string(),
    run: z
      .object({
        id: z.string(),
        kind: z.enum(['rse', 'ice']),
        name: z.string(),
        status: z.string(),
        warnings: z.array(z.string().max(2_000)).max(50).optional(),
        createdAt: z.string(),
        finishedAt: z.string().optional(),
      })
      .strict(),
    models: z.array(modelRecordSchema),
    /** RSE: the judge prompt used. ICE: preset, policy, suspected source and the judges' prompts. */
    method: z.record(z.string(), z.unknown()),
    /** What the run asked: prompt sets or question and seed sets, each with a SHA-256 and a few samples. */
    inputs: z.array(
      z
        .object({
          kind: z.string(),
          name: z.string(),
          sha256: z.string(),
          count: z.number(),
          samples: z.array(z.string()),
          source: z.string().max(4000).optional(),
        })
        .strict(),
    ),
    calls: callTotalsSchema,
    files: z.array(z.string()),
    /** SHA-256 of each file but the manifest, by path; absent in packages from before checksums. */
    checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)).optional(),
  })
  .strict()
export type PackageManifest = z.infer<typeof manifestSchema>

/** The spec in a package has every model inline (resolved), so it means the same in any app. */
export const packageSpecSchema = runSpecSchema
