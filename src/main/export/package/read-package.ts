import { strFromU8, unzipSync } from 'fflate'
import { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import { runSpecSchema, type RunSpec } from '../../../shared/contract/run-spec'
import type { IceAttackRow, TemplateNode } from '../../core/ice'
import type { IceRunInputs, IceRunState } from '../../storage/repos/ice-runs'
import type { RseAnswer, RseItem, RseJudgment } from '../../storage/repos/rse-results'
import { manifestSchema, PACKAGE_FILES, PACKAGE_FORMAT, type PackageManifest } from './package-format'

/** Far above any real package; a zip claiming more is refused before anything is inflated. */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024

export interface ReadPackage {
  readonly manifest: PackageManifest
  readonly spec: RunSpec
  readonly rse?: { readonly items: RseItem[]; readonly answers: RseAnswer[]; readonly judgments: RseJudgment[] }
  readonly ice?: { readonly inputs: IceRunInputs; readonly nodes: TemplateNode[]; readonly rows: IceAttackRow[]; readonly state: IceRunState | undefined }
}

const optionalText = z.string().optional()
const rseItemSchema = z.object({ setName: z.string(), itemId: z.string(), position: z.number().int(), prompt: z.string() }).strict()
const rseAnswerSchema = z
  .object({ modelAlias: z.string(), setName: z.string(), itemId: z.string(), text: optionalText, errorClass: optionalText, errorMessage: optionalText, costUsd: z.number(), cached: z.boolean() })
  .strict()
const score = z.number().min(1).max(5).optional()
const rseJudgmentSchema = z
  .object({
    studentAlias: z.string(),
    setName: z.string(),
    itemId: z.string(),
    overall: score,
    style: z.number().optional(),
    structure: z.number().optional(),
    content: z.number().optional(),
    explanation: optionalText,
    rawReply: optionalText,
    parsedVia: optionalText,
    reasked: z.boolean(),
    failedReason: optionalText,
  })
  .strict()
const verdict = z.object({ verdict: z.union([z.literal(0), z.literal(1), z.null()]), via: z.enum(['tag', 'extraction', 'failed']) }).loose()
const iceNodeSchema = z.object({ id: z.number().int().min(0), level: z.number().int().min(0), text: z.string() }).loose()
const iceRowSchema = z
  .object({ iteration: z.number().int(), mutantId: z.number().int(), questionIndex: z.number().int(), questionId: z.string(), question: z.string(), template: z.string(), prompt: z.string(), loose: verdict, strict: verdict.optional() })
  .loose()
const iceInputsSchema = z
  .object({
    questions: z.object({ name: z.string(), contentHash: z.string(), items: z.array(z.object({ id: z.string(), text: z.string() }).loose()) }).strict(),
    seeds: z.object({ name: z.string(), contentHash: z.string(), items: z.array(z.object({ id: z.string(), text: z.string() }).strict()) }).strict(),
    fact: z.string(),
    vendors: z.array(z.object({ vendor: z.string(), series: z.array(z.string()) }).strict()),
    keywords: z.array(z.string()),
  })
  .strict()
const iceStateSchema = z.object({ stopReason: z.string(), iterations: z.number().int() }).strict().nullable()

const problem = (file: string, where: string, error: z.ZodError) => {
  const first = error.issues[0]
  return new AppError('invalid_input', `The package's ${file} is not valid${where}: ${first?.path.join('.') || 'value'}: ${first?.message ?? 'unexpected content'}.`)
}

/**
 * Reads and checks a paper package completely before anything is stored: a file missing, a line
 * that does not parse or a field of the wrong type is refused, naming the file and line.
 */
export function readPackage(bytes: Uint8Array, fileName: string): ReadPackage {
  const texts = unzip(bytes, fileName)
  const json = (file: string): unknown => {
    const text = texts.get(file)
    if (text === undefined) throw new AppError('invalid_input', `${fileName} has no ${file}; it is not a complete Distillscope paper package.`)
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
  const lines = <T>(file: string, schema: z.ZodType<T>): T[] => {
    const text = texts.get(file)
    if (text === undefined) throw new AppError('invalid_input', `${fileName} has no ${file}; it is not a complete Distillscope paper package.`)
    return text.split('\n').flatMap((line, index) => {
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
  if (rawManifest?.format !== PACKAGE_FORMAT) throw new AppError('invalid_input', `${fileName} is not a Distillscope paper package (its manifest.json says nothing of one).`)
  if (rawManifest.version !== 1) throw new AppError('invalid_input', `${fileName} is a package of version ${String(rawManifest.version)}, which this Distillscope cannot read; update the app.`)
  const manifest = parse(PACKAGE_FILES.manifest, manifestSchema, rawManifest)
  const spec = parse(PACKAGE_FILES.spec, runSpecSchema, json(PACKAGE_FILES.spec))
  if (spec.kind !== manifest.run.kind) throw new AppError('invalid_input', `The package's spec.json is for ${spec.kind.toUpperCase()} but its manifest describes ${manifest.run.kind.toUpperCase()}.`)
  if (spec.kind === 'rse') {
    return { manifest, spec, rse: { items: lines(PACKAGE_FILES.rseItems, rseItemSchema), answers: lines(PACKAGE_FILES.rseAnswers, rseAnswerSchema), judgments: lines(PACKAGE_FILES.rseJudgments, rseJudgmentSchema) } }
  }
  const state = parse(PACKAGE_FILES.iceState, iceStateSchema, json(PACKAGE_FILES.iceState))
  return {
    manifest,
    spec,
    ice: {
      inputs: parse(PACKAGE_FILES.iceInputs, iceInputsSchema, json(PACKAGE_FILES.iceInputs)) as IceRunInputs,
      nodes: lines(PACKAGE_FILES.iceNodes, iceNodeSchema) as TemplateNode[],
      rows: lines(PACKAGE_FILES.iceRows, iceRowSchema) as unknown as IceAttackRow[],
      state: state ?? undefined,
    },
  }
}

function unzip(bytes: Uint8Array, fileName: string): Map<string, string> {
  let total = 0
  try {
    const entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize
        if (total > MAX_UNPACKED_BYTES) throw new AppError('invalid_input', `${fileName} unpacks to more than 1 GB; it is not a Distillscope paper package.`)
        // Only the data is read back; figures and tables are regenerated from it.
        return !file.name.startsWith('figures/') && !file.name.startsWith('tables/')
      },
    })
    return new Map(Object.entries(entries).map(([name, content]) => [name, strFromU8(content)]))
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('invalid_input', `${fileName} is not a readable zip file.`)
  }
}
