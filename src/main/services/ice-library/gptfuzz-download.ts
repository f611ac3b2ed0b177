import { AppError } from '../../../shared/contract/errors'
import type { IceSetImportResult } from '../../../shared/contract/ice-library'
import { hasPlaceholder } from '../../core/evaluators/ice/placeholder'
import { readTable } from '../../core/evaluators/ice/import/records'
import { downloadText } from '../../core/files/download'
import type { IceSetsRepo } from '../../storage/repos/ice-sets'
import { inFile } from './file-messages'
import { parseSetFile } from './parse-set'
import { storeSet } from './store-set'

/** GPTFuzz's seed templates, fetched from the project's own repository (never re-hosted by us). */
export const GPTFUZZ_SOURCE = {
  name: 'GPTFuzzer seed templates',
  /** Path below the base URL, so tests can serve the same file from a local server. */
  path: 'sherdencooper/GPTFuzz/master/datasets/prompts/GPTFuzzer.csv',
  fileName: 'GPTFuzzer.csv',
  /** The real file is about 160 KB; anything far larger is not that file. */
  maxBytes: 2 * 1024 * 1024,
} as const

export interface DownloadSettings {
  readonly baseUrl: string
  readonly timeoutMs: number
  readonly builtinCreatedAt: string
}

const sourceNoteFor = (url: string) =>
  `GPTFuzz's jailbreak seed templates (GPTFuzzer.csv), by the GPTFuzz authors (Yu et al.), collected from a public jailbreak-prompt site. ` +
  `MIT License. Source: github.com/sherdencooper/GPTFuzz, datasets/prompts/GPTFuzzer.csv; downloaded from ${url}. ` +
  'Several templates contain offensive role-play text.'

/** Downloads GPTFuzzer.csv and stores its templates, or reuses the identical set already stored. */
export async function downloadGptfuzz(repo: IceSetsRepo, settings: DownloadSettings): Promise<IceSetImportResult> {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/${GPTFUZZ_SOURCE.path}`
  const text = await downloadText(url, { timeoutMs: settings.timeoutMs, maxBytes: GPTFUZZ_SOURCE.maxBytes, fileName: GPTFUZZ_SOURCE.fileName }).catch(
    (error: unknown) => {
      throw asUnavailable(error, url)
    },
  )
  const parsed = checkedTemplates(text, url)
  return storeSet(
    repo,
    parsed,
    { name: GPTFUZZ_SOURCE.name, sourceNote: sourceNoteFor(url), origin: { fileName: GPTFUZZ_SOURCE.fileName, url } },
    settings.builtinCreatedAt,
  )
}

/**
 * A download is not the person's file: anything other than GPTFuzz's `id,text` CSV with
 * placeholders means the source changed (or a proxy answered instead), so it is refused whole.
 */
function checkedTemplates(text: string, url: string) {
  const notTheFile = (why: string) =>
    new AppError(
      'unavailable',
      `The file downloaded from ${new URL(url).host} does not look like GPTFuzz's seed templates (${why}), so nothing was imported. It may have changed at its source.`,
    )
  let parsed
  try {
    const first = readTable(text, 'csv', 'id,text')[0]
    const columns = first ? Object.keys(first.fields) : []
    if (!columns.includes('id') || !columns.includes('text'))
      throw notTheFile(`its columns are ${columns.length ? columns.join(', ') : 'missing'}, not id,text`)
    parsed = parseSetFile('seeds', GPTFUZZ_SOURCE.fileName, text)
  } catch (error) {
    throw asUnavailable(inFile(error, GPTFUZZ_SOURCE.fileName), url)
  }
  if (parsed.set.kind !== 'seeds' || !parsed.set.items.some((item) => hasPlaceholder(item.text)))
    throw notTheFile('no template has the [INSERT PROMPT HERE] placeholder')
  return parsed
}

function asUnavailable(error: unknown, url: string): unknown {
  if (!(error instanceof AppError) || error.code === 'unavailable') return error
  return new AppError('unavailable', `The file downloaded from ${new URL(url).host} could not be read, so nothing was imported. ${error.message}`)
}
