/**
 * ICE (METHOD.md section 2): the public surface for the run engine, the CLI and the UI.
 */
export * from './types'
export { PLACEHOLDER, fillTemplate, hasPlaceholder, normalisePlaceholder } from './placeholder'
export { ICE_PRESETS, ICE_PRESET_IDS, GPTFUZZ_ORIGINAL, AS_PUBLISHED, type IcePreset, type IcePresetId } from './presets'
export {
  builtinIdentityFacts,
  builtinIdentityQuestions,
  builtinSeedTemplates,
  identityFactFor,
  hardKeywordsFor,
  DEFAULT_SUSPECTED_VENDORS,
  loadIceData,
} from './data/builtin-data'
export { importSeedTemplates, type ImportedTemplates } from './import/seed-templates'
export { importQuestions, detectLanguage } from './import/questions'
export { IceImportError, type IceImportWarning } from './import/ice-import-error'
export { POLICY_NAMES, type PolicyName, type PoolView, type SelectionPolicy, type IterationOutcome } from './policies/types'
export { createPolicy, type PolicyParams } from './policies/create-policy'
export { runIceFuzz } from './loop/fuzz-loop'
export {
  PAPER_STOP_LIMITS,
  type IceFuzzConfig,
  type IceFuzzDeps,
  type IceAttackRow,
  type IceFuzzProgress,
  type IceFuzzResult,
  type IceStopReason,
  type StopLimits,
  type IceReplay,
} from './loop/types'
export { suspectedVendors } from './judges/suspected-vendors'
export { buildLooseRequest, buildStrictRequest, buildExtractionRequest, type SuspectedVendor } from './judges/judge-prompts'
export { buildPaperLooseRequest, buildPaperStrictRequest, buildPaperExtractionRequest, PAPER_SYSTEM_PROMPT } from './judges/paper-judge-prompts'
export { judgePromptsFor, type IceJudgePrompts } from './judges/judge-set'
export { runJudge, type JudgeOutcome } from './judges/run-judge'
export { scoreIceRun, scoreRows, type IceScores, type IceScoreSet, type IceRate, type ScorableRow } from './scores/ice-scores'
export { DEFAULT_HARD_KEYWORDS, isHard, templateMentionsKeyword } from './scores/hard'
export { importPaperLog, type PaperLogImport, type PaperLogInput, type PaperLogRow } from './paper-log/import-paper-log'
export type { UnmatchedStrictRow } from './paper-log/match-strict'
