import { rseAnswerSchema, rseCheckJudgmentSchema, rseExtraAnswerSchema, rseJudgmentSchema } from './rse-schemas'
import type { RseCheckJudgment, RseExtraAnswer } from '../../core/evaluators/rse/checks/ports'
import { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import { runSpecSchema, type RunSpec } from '../../../shared/contract/run-spec'
import { PACKAGE_MAX_BYTES } from '../../../shared/contract/runs'
import { ICE_JUDGE_SEMANTICS } from '../../../shared/ice/names'
import { MAX_ICE_REPLICATES } from '../../../shared/contract/ice-spec'
import type { IceAttackRow, TemplateNode } from '../../core/evaluators/ice'
import type { IceReplicateState, IceRunInputs, IceRunState } from '../../core/evaluators/ice/ports'
import { iceStateSchema, iceStatesSchema, replicateStatesOf } from './ice-states'
import type { RseAnswer, RseItem, RseJudgment } from '../../core/evaluators/rse/ports'
import { createChecksumCheck } from './package-checksums'
import { manifestSchema, PACKAGE_FILES, PACKAGE_FORMAT, type PackageManifest } from './package-format'
import { openPackageZip } from './package-zip'

export interface ReadPackage {
  readonly manifest: PackageManifest
  readonly spec: RunSpec
  readonly rse?: {
    readonly items: RseItem[]
    readonly answers: RseAnswer[]
    readonly judgments: (Omit<RseJudgment, 'judgeAlias'> & { judgeAlias?: string })[]
    readonly extraAnswers: RseExtraAnswer[]
    readonly checkJudgments: RseCheckJudgment[]
  }
  readonly ice?: {
    readonly inputs: IceRunInputs
    readonly nodes: TemplateNode[]
    readonly rows: IceAttackRow[]
    readonly state: IceRunState | undefined
    /** Every replicate's stop state; from `data/ice-state.json` alone (replicate 0) in older packages. */
    readonly states: IceReplicateState[]
  }
  /** The person's ratings of sampled items; empty for a package without them. */
  readonly humanRatings: { readonly itemKey: string; readonly rating: number; readonly ratedAt: string }[]
  /** Files read whose content no longer matches the manifest's SHA-256: changed after export. */
  readonly modifiedFiles: readonly string[]
}

/** The files an import reads besides the manifest; results, figures and tables are rebuilt. */
const FILES_READ = {
  rse: [
    PACKAGE_FILES.spec,
    PACKAGE_FILES.rseItems,
    PACKAGE_FILES.rseAnswers,
    PACKAGE_FILES.rseJudgments,
    PACKAGE_FILES.rseExtraAnswers,
    PACKAGE_FILES.rseCheckJudgments,
    PACKAGE_FILES.humanRatings,
  ],
  ice: [
    PACKAGE_FILES.spec,
    PACKAGE_FILES.iceInputs,
    PACKAGE_FILES.iceNodes,
    PACKAGE_FILES.iceRows,
    PACKAGE_FILES.iceState,
    PACKAGE_FILES.iceStates,
    PACKAGE_FILES.humanRatings,
  ],
} as const

const humanRatingSchema = z.object({ itemKey: z.string().min(1).max(400), rating: z.number().int().min(0).max(5), ratedAt: z.string().max(40) }).strict()
const rseItemSchema = z.object({ setName: z.string(), itemId: z.string(), position: z.number().int(), prompt: z.string() }).strict()
const verdict = z.object({ verdict: z.union([z.literal(0), z.literal(1), z.null()]), via: z.enum(['tag', 'extraction', 'failed', 'panel']) }).loose()
// The fuzzing replicate (issue 16): absent in older packages and for replicate 0, which is what they hold.
const replicate = z
  .number()
  .int()
  .min(0)
  .max(MAX_ICE_REPLICATES - 1)
  .optional()
const iceNodeSchema = z.object({ replicate, id: z.number().int().min(0), level: z.number().int().min(0), text: z.string() }).loose()
const iceRowSchema = z
  .object({
    replicate,
    iteration: z.number().int(),
    mutantId: z.number().int(),
    questionIndex: z.number().int(),
    questionId: z.string(),
    question: z.string(),
    template: z.string(),
    prompt: z.string(),
    loose: verdict,
    strict: verdict.optional(),
  })
  .loose()
const iceInputsSchema = z
  .object({
    questions: z.object({ name: z.string(), contentHash: z.string(), items: z.array(z.object({ id: z.string(), text: z.string() }).loose()) }).strict(),
    seeds: z.object({ name: z.string(), contentHash: z.string(), items: z.array(z.object({ id: z.string(), text: z.string() }).strict()) }).strict(),
    fact: z.string(),
    vendors: z.array(z.object({ vendor: z.string(), series: z.array(z.string()) }).strict()),
    keywords: z.array(z.string()),
    judge: z.enum(ICE_JUDGE_SEMANTICS).optional(),
  })
  .strict()

const problem = (file: string, where: string, error: z.ZodError) => {
  const first = error.issues[0]
  return new AppError(
    'invalid_input',
    `The package's ${file} is not valid${where}: ${first?.path.join('.') || 'value'}: ${first?.message ?? 'unexpected content'}.`,
  )
}

/**
 * Reads and checks a paper package completely before anything is stored: a file missing, a line
 * that does not parse or a field of the wrong type is refused, naming the file and line. The
 * manifest is read first and alone; then only the files the run needs are inflated, one at a
 * time, within the size caps of package-zip.ts.
 */
export function readPackage(bytes: Uint8Array, fileName: string): ReadPackage {
  if (bytes.length > PACKAGE_MAX_BYTES) throw packageTooLarge(fileName)
  const zip = openPackageZip(bytes, fileName)
  // Replaced once the manifest is read: it has the checksums, and no checksum of its own.
  let checksums = createChecksumCheck(undefined)
  const missing = (file: string) => new AppError('invalid_input', `${fileName} has no ${file}; it is not a complete Distillscope paper package.`)
  const textOf = (file: string): string => {
    const read = file === PACKAGE_FILES.manifest ? zip.manifest(file) : zip.text(file)
    if (!read) throw missing(file)
    if (file !== PACKAGE_FILES.manifest) checksums.check(file, read.sha256)
    return read.text
  }
  const json = (file: string, optional = false): unknown => {
    // An optional file (every replicate's ICE state) is absent from older packages: undefined then.
    if (optional && !zip.text(file)) return undefined
    const text = textOf(file)
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new AppError('invalid_input', `The package's ${file} is not valid JSON.`)
    }
  }
  const parse = <T>(file: string, schema: z.ZodType<T>, value: unknown, where = ''): T => {
    const result = schema.safeParse(value)
    if (!result.success) throw problem(file, where, result.error)
    return result.data
  }
  const lines = <T>(file: string, schema: z.ZodType<T>, optional = false): T[] => {
    // An optional file (human ratings) is absent from packages that have none, and from older ones.
    if (optional && !zip.text(file)) return []
    return textOf(file)
      .split('\n')
      .flatMap((line, index) => {
        if (line.trim() === '') return []
        let value: unknown
        try {
          value = JSON.parse(line)
        } catch {
          throw new AppError('invalid_input', `The package's ${file} line ${index + 1} is not valid JSON.`)
        }
        return [parse(file, schema, value, ` at line ${index + 1}`)]
      })
  }
  const rawManifest = json(PACKAGE_FILES.manifest) as { format?: unknown; version?: unknown }
  if (rawManifest?.format !== PACKAGE_FORMAT)
    throw new AppError('invalid_input', `${fileName} is not a Distillscope paper package (its manifest.json says nothing of one).`)
  if (rawManifest.version !== 1)
    throw new AppError(
      'invalid_input',
      `${fileName} is a package of version ${String(rawManifest.version)}, which this Distillscope cannot read; update the app.`,
    )
  const manifest = parse(PACKAGE_FILES.manifest, manifestSchema, rawManifest)
  zip.checkSizes(FILES_READ[manifest.run.kind])
  checksums = createChecksumCheck(manifest.checksums)
  const spec = parse(PACKAGE_FILES.spec, runSpecSchema, json(PACKAGE_FILES.spec))
  if (spec.kind !== manifest.run.kind)
    throw new AppError(
      'invalid_input',
      `The package's spec.json is for ${spec.kind.toUpperCase()} but its manifest describes ${manifest.run.kind.toUpperCase()}.`,
    )
  if (spec.kind === 'rse') {
    const rse = {
      items: lines(PACKAGE_FILES.rseItems, rseItemSchema),
      answers: lines(PACKAGE_FILES.rseAnswers, rseAnswerSchema),
      judgments: lines(PACKAGE_FILES.rseJudgments, rseJudgmentSchema),
      extraAnswers: lines(PACKAGE_FILES.rseExtraAnswers, rseExtraAnswerSchema, true),
      checkJudgments: lines(PACKAGE_FILES.rseCheckJudgments, rseCheckJudgmentSchema, true),
    }
    const humanRatings = lines(PACKAGE_FILES.humanRatings, humanRatingSchema, true)
    return { manifest, spec, rse, humanRatings, modifiedFiles: checksums.modified() }
  }
  const state = parse(PACKAGE_FILES.iceState, iceStateSchema, json(PACKAGE_FILES.iceState))
  const statesJson = json(PACKAGE_FILES.iceStates, true)
  const states = statesJson === undefined ? undefined : parse(PACKAGE_FILES.iceStates, iceStatesSchema, statesJson)
  const ice = {
    inputs: parse(PACKAGE_FILES.iceInputs, iceInputsSchema, json(PACKAGE_FILES.iceInputs)) as IceRunInputs,
    nodes: lines(PACKAGE_FILES.iceNodes, iceNodeSchema) as TemplateNode[],
    rows: lines(PACKAGE_FILES.iceRows, iceRowSchema) as unknown as IceAttackRow[],
    state: state ?? undefined,
    states: replicateStatesOf(state, states),
  }
  const humanRatings = lines(PACKAGE_FILES.humanRatings, humanRatingSchema, true)
  return { manifest, spec, ice, humanRatings, modifiedFiles: checksums.modified() }
}

/** Also used by the command line, which checks the file's size before reading it. */
export function packageTooLarge(fileName: string): AppError {
  return new AppError(
    'invalid_input',
    `${fileName} is larger than ${PACKAGE_MAX_BYTES / (1024 * 1024)} MB; a Distillscope paper package is far smaller. Nothing was imported.`,
  )
}
