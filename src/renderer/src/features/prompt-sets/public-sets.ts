import type { DownloadSource, PromptSetImportResult } from '../../../../shared/contract/prompt-sets'
import { formatCount } from '../../lib/format'

/*
 * The public prompt sets the paper used, and the one Distillscope can download. Distillscope never
 * ships them (only sets its team wrote); this is where to find them and under which terms.
 */

export interface DownloadOffer {
  readonly source: DownloadSource
  readonly name: string
  readonly prompts: number
  readonly host: string
  readonly repository: string
  readonly path: string
  readonly fileName: string
  readonly size: string
  /** As stored with the set (the backend's note for this source). */
  readonly sourceNote: string
}

/** Kept in step with src/main/core/prompt-sets/download-sources.ts (the backend stores that note). */
export const ARENA_HARD_DOWNLOAD: DownloadOffer = {
  source: 'arena-hard-v0.1',
  name: 'Arena-Hard v0.1',
  prompts: 500,
  host: 'raw.githubusercontent.com',
  repository: 'github.com/lmarena/arena-hard-auto',
  path: 'data/arena-hard-v0.1/question.jsonl',
  fileName: 'question.jsonl',
  size: 'about 0.5 MB',
  sourceNote:
    'Arena-Hard-Auto v0.1: 500 challenging prompts from Chatbot Arena, by LMArena (formerly LMSYS). ' +
    'Apache License 2.0. Source: github.com/lmarena/arena-hard-auto, data/arena-hard-v0.1/question.jsonl.',
}

export const DOWNLOAD_BUTTON_LABEL = `Download ${ARENA_HARD_DOWNLOAD.name}`

/** The notice after a download: a new set, or the identical one already there. */
export function downloadedMessage(result: PromptSetImportResult): string {
  if (!result.created) return `“${result.set.name}” is already in your prompt sets (the downloaded file is identical), so nothing was added.`
  return `Downloaded “${result.set.name}”: ${formatCount(result.set.itemCount, 'prompt')}.`
}

export interface PaperSet {
  readonly name: string
  readonly what: string
  /** An address to type into a browser, and what to look for there. */
  readonly address: string
  readonly where: string
  readonly how: string
  readonly terms: string
}

/** METHOD.md 1: the three sets of the paper's RSE table. */
export const PAPER_SETS: readonly PaperSet[] = [
  {
    name: 'Arena-Hard v0.1',
    what: '500 hard questions people asked in Chatbot Arena: general reasoning and user preference. The paper used all 500.',
    address: 'github.com/lmarena/arena-hard-auto',
    where: 'the file data/arena-hard-v0.1/question.jsonl',
    how: `Use “${DOWNLOAD_BUTTON_LABEL}” above, or download question.jsonl yourself and import it.`,
    terms: 'Apache License 2.0.',
  },
  {
    name: 'NuminaMath-CoT',
    what: 'About 860,000 maths problems with worked solutions. The paper sampled 1,000 problems; only the problem is sent to models, never the solution.',
    address: 'huggingface.co/datasets/AI-MO/NuminaMath-CoT',
    where: 'the “train” split',
    how: 'It is published as Parquet files: save the problems (or a sample of them) as JSON Lines or CSV, then import the file. Distillscope recognises the “problem” field.',
    terms: 'See the licence on the dataset page (Apache License 2.0 at the time of writing).',
  },
  {
    name: 'ShareGPT',
    what: 'Conversations people had with ChatGPT and shared. The paper sampled 1,000 conversations for instruction following; the first message a person wrote is the prompt.',
    address: 'huggingface.co/datasets',
    where: 'search for “ShareGPT”: several copies exist, as JSON files whose records have a “conversations” list',
    how: 'Import the JSON or JSON Lines file; Distillscope takes the first turn from a person (from: "human") in each conversation.',
    terms: 'Copies carry different licences and the conversations contain ChatGPT output: check the terms of the copy you use.',
  },
]
