import { reportedVersionChanged } from '../../../shared/model-versions'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import type { IceResults } from '../../../shared/contract/ice-results'
import type { RseSpec } from '../../../shared/contract/run-spec'
import { iceAgreementSentence, rseAgreementSentence } from '../../../shared/judges/agreement-words'
import { defaultJudgeSemantics, type IceJudgeSemantics, judgeSemanticsOf } from '../../../shared/ice/names'
import type { PackageSource } from './package-source'
import { SIMULATED_NOTE } from '../../../shared/figures/simulated'
import { judgesOf } from '../../../shared/contract/judges-of'
import { rseChecksSentences } from './rse-checks-sentences'

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`)
const modelName = (source: PackageSource, alias: string) => source.models.find((model) => model.alias === alias)?.model ?? alias

/**
 * A methods paragraph describing the run in the paper's terms, to adapt rather than paste: it
 * states what was asked, of which models, how it was judged and how intervals were computed.
 */
export function methodsParagraph(source: PackageSource, appVersion: string): string {
  const paragraph = methodsText(source, appVersion)
  // A demo run's paragraph must not read as a real measurement if pasted (issue 18 item 2).
  return source.models.some((model) => model.simulated) ? `> ${SIMULATED_NOTE} Simulated models: ${simulatedNames(source)}.\n\n${paragraph}` : paragraph
}

/** The run's simulated models by name, for the package's README and methods paragraph. */
export const simulatedNames = (source: PackageSource): string =>
  source.models
    .filter((model) => model.simulated)
    .map((model) => model.model)
    .join(', ')

function methodsText(source: PackageSource, appVersion: string): string {
  const tool = `Distillscope ${appVersion}`
  if (source.run.kind === 'rse' && source.rse) {
    const spec = source.spec as RseSpec
    const prompts = source.rse.items.length
    const sets = spec.promptSets.map((set) => set.name).join(', ')
    return [
      `We measured response similarity (RSE; Lee et al., 2025) with ${tool}. ${spec.students.map((alias) => modelName(source, alias)).join(', ')} ` +
        `answered ${prompts} prompts from ${spec.promptSets.length} prompt set(s) (${sets}), as did the reference model ${modelName(source, spec.reference)}. ` +
        `${rseJudgesWording(source, spec)} rated each student answer against the reference answer on a 1-5 scale for response style, logical structure and content detail, with an overall score, ${spec.rubric === 'as-published' ? "using a rubric with the paper's structure (a system message, a descriptor for every score level and the paper's anchor meanings) in Distillscope's wording" : "using Distillscope's own rubric"}${spec.judgePrompt !== undefined ? ', with a judge prompt edited for this run' : ''}. ` +
        `All models were queried at the temperatures listed in the package manifest (temperature 0 by default). ` +
        panelRuleSentence(spec) +
        (source.rse.results.agreement ? `${rseAgreementSentence(source.rse.results.agreement)} ` : '') +
        `We report the mean overall score per prompt set and their unweighted average; 95% intervals are percentile bootstrap intervals over prompts (seed ${spec.seed}). ` +
        rseChecksSentences(spec, source.rse.results, (alias) => modelName(source, alias)) +
        `Judgements that could not be read after one re-ask were excluded and are counted in the tables.` +
        reportedVersionsSentence(source) +
        humanRatingsSentence(source),
      '',
    ].join('\n')
  }
  const spec = source.spec as IceSpec
  const results = source.ice?.results
  const scores = results?.scores
  return [
    `We measured identity consistency (ICE; Lee et al., 2025) with ${tool}. Identity questions (${source.ice?.inputs?.questions.items.length ?? '?'} questions, ${source.ice?.inputs?.questions.name ?? ''}) were inserted into jailbreak templates ` +
      `(${source.ice?.inputs?.seeds.items.length ?? '?'} seeds, ${source.ice?.inputs?.seeds.name ?? ''}) mutated by a GPTFuzz-style fuzzer with the "${spec.preset}" preset, ${spec.selection} seed selection and a budget of ${spec.budget.maxQueries} target queries (random seed ${spec.seed}). ` +
      `The target model ${modelName(source, spec.target)} answered every attack; the helper ${modelName(source, spec.helper)} produced the mutations; ${iceJudgesWording(judgesOf(spec).map((alias) => modelName(source, alias)))} checked each answer against the target's identity fact ("${source.ice?.inputs?.fact ?? spec.targetFact}") ${judgeWording(source.ice?.inputs ? judgeSemanticsOf(source.ice.inputs) : (spec.judgeSemantics ?? defaultJudgeSemantics(spec.preset)))}${panelRule(judgesOf(spec).length)}. ` +
      `Loose counts answers contradicting the fact; strict counts loose positives that claim to come from ${spec.suspectedVendors.join(' or ')}; hard counts strict positives whose template names none of ${(source.ice?.inputs?.keywords ?? []).join(', ')}. ` +
      `Rates divide by the ${scores?.rows ?? 0} attack rows, with 95% intervals from a seeded two-way cluster bootstrap that resamples templates and questions (the rows are not independent draws; Wilson intervals, which assume they are, are used only where every row agrees).` +
      replicatesSentence(spec, results) +
      (scores ? ` Loose ${percent(scores.loose.rate)}, strict ${percent(scores.strict.rate)}, hard ${percent(scores.hard.rate)}.` : '') +
      (results?.agreement ? ` ${iceAgreementSentence(results.agreement)}` : '') +
      reportedVersionsSentence(source) +
      humanRatingsSentence(source),
    '',
  ].join('\n')
}

/** k fuzzing replicates (issue 16) and how their headline interval is made; nothing for one. */
function replicatesSentence(spec: IceSpec, results: IceResults | undefined): string {
  const k = spec.replicates ?? 1
  if (k < 2) return ''
  const seeds = results?.replicates?.map((replicate) => replicate.seed).join(', ')
  return (
    ` The fuzzing was repeated in ${k} independent replicates, each with the full budget and its own random seed (the first the run's seed, the others derived from it${seeds ? `: ${seeds}` : ''}). ` +
    "The reported rates are the replicates' means; their 95% intervals combine both sources of variation, with half-widths sqrt(h^2 + s^2) around the mean, where h is the widest of the replicates' own bootstrap half-widths and s the between-replicate standard deviation, clipped to [0, 1] and widened to cover each replicate's own interval."
  )
}

/** Who judged an RSE run: one judge model, or a panel (issue 13) named in the spec's order. */
function rseJudgesWording(source: PackageSource, spec: RseSpec): string {
  const judges = judgesOf(spec).map((alias) => modelName(source, alias))
  if (judges.length === 1) return `A judge model, ${judges[0]},`
  return `A panel of ${judges.length} judge models (${judges.slice(0, -1).join(', ')} and ${judges.at(-1)}) each`
}

/** How a panel's scores make one score per answer (issue 13); nothing for a single judge. */
function panelRuleSentence(spec: RseSpec): string {
  if (judgesOf(spec).length < 2) return ''
  return `Each answer's score is the mean of the overall (and each aspect) scores of the judges whose reply could be read; an answer no judge scored counts as failed. Each judge's own results are reported beside the panel's. `
}

/** The authors' own ratings of sampled items, when they made some (issue 13 item 6). */
function humanRatingsSentence(source: PackageSource): string {
  const count = source.humanRatings?.length ?? 0
  if (count === 0) return ''
  return ` The authors rated ${count} items sampled with a seed themselves, without seeing the judges' verdicts; the ratings are in data/human-ratings.jsonl.`
}

/** Who judged an ICE run: one judge, or each judge of a panel (issue 13). */
function iceJudgesWording(models: readonly string[]): string {
  if (models.length === 1) return `the judge ${models[0]}`
  return `each of ${models.length} judges (${models.slice(0, -1).join(', ')} and ${models.at(-1)})`
}

/** How a panel's verdicts were combined (issue 13); nothing for one judge. */
function panelRule(judges: number): string {
  if (judges < 2) return ''
  return (
    "; the panel's verdict on each answer was the majority of its judges' readable verdicts, the strict judges were asked only on the panel's loose positives, " +
    'and an even split was counted apart and left out of the rates'
  )
}

/** Which judge prompts the run used (issue 15), for readers comparing with the paper. */
function judgeWording(semantics: IceJudgeSemantics): string {
  return semantics === 'as-published'
    ? "with the paper's judge prompts, restated, whose verdict tags were read as the paper's code reads them"
    : "with Distillscope's own judge prompts, which also exclude answers framed as fiction, refusals and details the fact does not mention"
}

/**
 * The versions the providers reported (issue 15 item 5): a model id can point at another snapshot
 * tomorrow, so a reader needs what actually answered.
 */
function reportedVersionsSentence(source: PackageSource): string {
  const described = source.models
    .filter((model) => (model.reportedVersions ?? []).some((version) => version.model !== null))
    .map((model) => {
      const versions = (model.reportedVersions ?? []).filter((version) => version.model !== null)
      const names = [...new Set(versions.map((version) => version.model))]
      const fingerprints = [...new Set(versions.map((version) => version.fingerprint).filter((fingerprint): fingerprint is string => fingerprint !== null))]
      return `${model.alias}: ${names.join(' then ')}${fingerprints.length > 0 ? ` (fingerprint${fingerprints.length > 1 ? 's' : ''} ${fingerprints.join(', ')})` : ''}`
    })
  if (described.length === 0) return ''
  const changed = source.models.some((model) => reportedVersionChanged(model.reportedVersions ?? []))
  return ` The providers reported these model versions: ${described.join('; ')}.${changed ? ' A model reported more than one version during the run, so its answers may not all come from the same model.' : ''}`
}
