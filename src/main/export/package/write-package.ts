import { rubricPrompt } from '../../core/evaluators/rse/judge-prompt'
import { RSE_RUBRICS } from '../../core/evaluators/rse/rse-rubrics'
import { createHash } from 'node:crypto'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import type { RseSpec } from '../../../shared/contract/run-spec'
import { defaultJudgeSemantics, judgeSemanticsOf } from '../../../shared/ice/names'
import { ICE_PRESETS } from '../../core/evaluators/ice'
import { PAPER_BIBTEX } from './citation'
import { methodsParagraph, simulatedNames } from './methods-paragraph'
import { SIMULATED_NOTE } from '../../../shared/figures/simulated'
import { checksumsOf } from './package-checksums'
import { PACKAGE_FILES, PACKAGE_FORMAT, PACKAGE_VERSION, type PackageManifest } from './package-format'
import type { PackageSource } from './package-source'
import { judgesOf } from '../../../shared/contract/judges-of'

const sha256 = (value: unknown) =>
  createHash('sha256')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex')
const jsonl = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record)).join('\n') + (records.length > 0 ? '\n' : '')
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}...` : text)

export interface WritePackageOptions {
  readonly app: { readonly name: string; readonly version: string }
  readonly now?: () => Date
  /** More files by path (figures, tables): added as given. */
  readonly extraFiles?: Readonly<Record<string, string | Uint8Array>>
}

/** The run's data files by path: raw responses and judgements as JSON Lines. */
function dataFiles(source: PackageSource): Record<string, string> {
  const ratings: Record<string, string> = source.humanRatings?.length ? { [PACKAGE_FILES.humanRatings]: jsonl(source.humanRatings) } : {}
  return { ...runDataFiles(source), ...ratings }
}

function runDataFiles(source: PackageSource): Record<string, string> {
  if (source.rse) {
    return {
      [PACKAGE_FILES.rseItems]: jsonl(source.rse.items),
      [PACKAGE_FILES.rseAnswers]: jsonl(source.rse.answers),
      [PACKAGE_FILES.rseJudgments]: jsonl(source.rse.judgments),
      ...(source.rse.extraAnswers?.length ? { [PACKAGE_FILES.rseExtraAnswers]: jsonl(source.rse.extraAnswers) } : {}),
      ...(source.rse.checkJudgments?.length ? { [PACKAGE_FILES.rseCheckJudgments]: jsonl(source.rse.checkJudgments) } : {}),
    }
  }
  const ice = source.ice!
  const states = ice.states?.map(({ replicate, stopReason, iterations }) => ({ replicate, stopReason, iterations })) ?? []
  // ice-state.json stays replicate 0's alone, for older readers; taken from `states` when given, so the two files agree.
  const own = ice.states ? states.find((state) => state.replicate === 0) : ice.state
  return {
    [PACKAGE_FILES.iceInputs]: JSON.stringify(ice.inputs ?? null, null, 2),
    [PACKAGE_FILES.iceNodes]: jsonl(ice.nodes),
    [PACKAGE_FILES.iceRows]: jsonl(ice.rows),
    [PACKAGE_FILES.iceState]: JSON.stringify(own ? { stopReason: own.stopReason, iterations: own.iterations } : null),
    ...(states.length > 0 ? { [PACKAGE_FILES.iceStates]: JSON.stringify(states) } : {}),
  }
}

const sourceOf = (source: PackageSource, key: string) => (source.inputSources?.[key] ? { source: source.inputSources[key] } : {})

function inputsOf(source: PackageSource): PackageManifest['inputs'] {
  if (source.rse) {
    const spec = source.spec as RseSpec
    return spec.promptSets.map((set) => {
      const items = source.rse!.items.filter((item) => item.setName === set.name)
      return {
        kind: 'prompt-set',
        name: set.name,
        sha256: sha256(items.map((item) => [item.itemId, item.prompt])),
        count: items.length,
        samples: items.slice(0, 3).map((item) => clip(item.prompt)),
        ...sourceOf(source, `prompt-set:${set.name}`),
      }
    })
  }
  const inputs = source.ice?.inputs
  if (!inputs) return []
  return [
    {
      kind: 'identity-questions',
      name: inputs.questions.name,
      sha256: inputs.questions.contentHash,
      count: inputs.questions.items.length,
      samples: inputs.questions.items.slice(0, 3).map((question) => question.text),
      ...sourceOf(source, 'identity-questions'),
    },
    // Template text can be offensive (jailbreak role-play): the manifest names seeds by id only.
    {
      kind: 'seed-templates',
      name: inputs.seeds.name,
      sha256: inputs.seeds.contentHash,
      count: inputs.seeds.items.length,
      samples: inputs.seeds.items.slice(0, 3).map((seed) => `id ${seed.id}`),
      ...sourceOf(source, 'seed-templates'),
    },
  ]
}

function methodOf(source: PackageSource): Record<string, unknown> {
  if (source.rse) {
    const spec = source.spec as RseSpec
    // Both rubrics in full (issue 15 item 4), so a reader sees what the run used and what it did not.
    const rubrics = Object.fromEntries(RSE_RUBRICS.map((rubric) => [rubric, rubricPrompt(rubric)]))
    return {
      judges: judgesOf(spec),
      rubric: spec.rubric ?? 'distillscope',
      judgeSystemPrompt: source.rse.judgePrompt.system,
      judgePrompt: spec.judgePrompt ?? source.rse.judgePrompt.template,
      judgePromptEdited: spec.judgePrompt !== undefined,
      rubrics,
      bootstrapSeed: spec.seed,
    }
  }
  const spec = source.spec as IceSpec
  return {
    preset: ICE_PRESETS[spec.preset],
    judgeSemantics: source.ice?.inputs ? judgeSemanticsOf(source.ice.inputs) : (spec.judgeSemantics ?? defaultJudgeSemantics(spec.preset)),
    selection: spec.selection,
    energy: spec.energy,
    mutators: spec.mutators ?? 'all',
    budget: spec.budget,
    seed: spec.seed,
    targetFact: source.ice?.inputs?.fact ?? spec.targetFact,
    suspectedVendors: source.ice?.inputs?.vendors ?? spec.suspectedVendors,
    hardKeywords: source.ice?.inputs?.keywords ?? spec.hardKeywords ?? [],
    strictJudge: spec.strict,
    judgePrompts: source.ice?.judgePrompts ?? {},
  }
}

/** Writes the package (a zip, deflated); every text file is UTF-8. */
export function writePackage(source: PackageSource, options: WritePackageOptions): Uint8Array {
  const exportedAt = (options.now ?? (() => new Date()))().toISOString()
  const results = source.rse?.results ?? source.ice?.results
  const texts: Record<string, string> = {
    [PACKAGE_FILES.spec]: JSON.stringify(source.spec, null, 2),
    [PACKAGE_FILES.results]: JSON.stringify(results, null, 2),
    [PACKAGE_FILES.methods]: methodsParagraph(source, options.app.version),
    [PACKAGE_FILES.citation]: PAPER_BIBTEX,
    [PACKAGE_FILES.readme]: readme(source),
    ...dataFiles(source),
  }
  const contents: Record<string, Uint8Array> = {}
  for (const [path, text] of Object.entries(texts)) contents[path] = strToU8(text)
  for (const [path, content] of Object.entries(options.extraFiles ?? {})) contents[path] = typeof content === 'string' ? strToU8(content) : content
  const files = Object.keys(contents).sort()
  const { run } = source
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    app: { ...options.app },
    exportedAt,
    run: {
      id: run.id,
      kind: run.kind,
      name: run.name,
      status: run.status,
      ...(run.warnings ? { warnings: [...run.warnings] } : {}),
      createdAt: run.createdAt,
      ...(run.finishedAt ? { finishedAt: run.finishedAt } : {}),
    },
    models: [...source.models],
    method: methodOf(source),
    inputs: inputsOf(source),
    calls: source.calls,
    files: [PACKAGE_FILES.manifest, ...files],
    checksums: checksumsOf(contents),
  }
  const zip: Zippable = { [PACKAGE_FILES.manifest]: strToU8(JSON.stringify(manifest, null, 2)), ...contents }
  return zipSync(zip, { level: 6 })
}

function readme(source: PackageSource): string {
  return [
    `Distillscope paper package for run "${source.run.name}" (${source.run.kind.toUpperCase()}).`,
    ...(source.models.some((model) => model.simulated) ? ['', `${SIMULATED_NOTE} (${simulatedNames(source)})`] : []),
    '',
    'manifest.json   app version, date, models with their ids and parameters, the method and its prompts, inputs with SHA-256 hashes',
    'spec.json       the run specification, every model inline (no keys)',
    'results.json    the scores as Distillscope computed them',
    'data/           every raw response and judgement, as JSON Lines',
    ...(source.run.kind === 'ice'
      ? ['data/ice-states.json  where each replicate stopped fuzzing and after how many iterations (ice-state.json: replicate 0)']
      : []),
    'methods.md      a methods paragraph to adapt; CITATION.bib cites the paper',
    'figures/, tables/  figures (SVG, PDF) and tables (LaTeX and others), when included',
    '',
    'Import this file into Distillscope (Runs > Import package, or `distillscope import FILE.zip`) to rebuild every table and figure without calling a model.',
    source.run.kind === 'ice'
      ? 'Content warning: data/ice-nodes.jsonl and data/ice-rows.jsonl contain jailbreak templates, some with offensive role-play text.'
      : '',
    '',
  ].join('\n')
}
