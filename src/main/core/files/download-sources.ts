import type { DownloadSource, PromptSetDomain, PromptShape } from '../../../shared/contract/prompt-sets'

export interface DownloadSourceInfo {
  readonly name: string
  readonly domain: PromptSetDomain
  readonly sourceNote: string
  /** Path below the base URL, so tests can serve the same file from a local server. */
  readonly path: string
  readonly fileName: string
  /** Well above the real file's size; anything larger is not the file we expect. */
  readonly maxBytes: number
  /** A download whose records do not have this layout is refused (the file changed upstream). */
  readonly expectedShape: PromptShape
}

/** Public files are fetched from their own repositories, never re-hosted by Distillscope. */
export const DEFAULT_DOWNLOAD_BASE_URL = 'https://raw.githubusercontent.com'

export const DOWNLOAD_SOURCE_INFO: Readonly<Record<DownloadSource, DownloadSourceInfo>> = {
  'arena-hard-v0.1': {
    name: 'Arena-Hard v0.1',
    domain: 'general',
    sourceNote:
      'Arena-Hard-Auto v0.1: 500 challenging prompts from Chatbot Arena, by LMArena (formerly LMSYS). ' +
      'Apache License 2.0. Source: github.com/lmarena/arena-hard-auto, data/arena-hard-v0.1/question.jsonl.',
    path: 'lmarena/arena-hard-auto/main/data/arena-hard-v0.1/question.jsonl',
    fileName: 'question.jsonl',
    maxBytes: 8 * 1024 * 1024,
    expectedShape: 'arena-hard',
  },
}
