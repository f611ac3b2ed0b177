import { AppError } from '../../../shared/contract/errors'
import type { DownloadSource, PromptSetImportResult } from '../../../shared/contract/prompt-sets'
import type { PromptSetsRepo } from '../../storage/repos/prompt-sets'
import { downloadText } from '../../core/files/download'
import { DOWNLOAD_SOURCE_INFO, type DownloadSourceInfo } from '../../core/files/download-sources'
import { prepareImport, type PreparedImport } from '../../core/evaluators/rse/import/prepare-import'
import { isImportable } from '../../core/evaluators/rse/import/preview'
import { storeImport } from './store-import'

export interface DownloadSettings {
  readonly baseUrl: string
  readonly timeoutMs: number
}

/** Downloads a known public set and stores it, or reuses the identical set already stored. */
export async function downloadPromptSet(repo: PromptSetsRepo, source: DownloadSource, settings: DownloadSettings): Promise<PromptSetImportResult> {
  const info = DOWNLOAD_SOURCE_INFO[source]
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/${info.path}`
  const text = await downloadText(url, { timeoutMs: settings.timeoutMs, maxBytes: info.maxBytes, fileName: info.fileName })
  const prepared = prepareImport(info.fileName, text)
  assertExpected(prepared, info, url)
  return storeImport(repo, prepared, { name: info.name, domain: info.domain, sourceNote: info.sourceNote, url }, { reuseIdentical: true })
}

/** A download is not the person's file: anything unexpected means the source changed, not "fix your file". */
function assertExpected(prepared: PreparedImport, info: DownloadSourceInfo, url: string): void {
  const host = new URL(url).host
  if (!isImportable(prepared, false)) {
    const first = prepared.problems.list(1)[0]?.message ?? 'It has no usable prompts.'
    throw new AppError('unavailable', `The file downloaded from ${host} could not be read, so nothing was imported. ${first}`)
  }
  if (prepared.extractor?.shape !== info.expectedShape) {
    throw new AppError(
      'unavailable',
      `The file downloaded from ${host} does not look like ${info.name} (it may have changed at its source), so nothing was imported.`,
    )
  }
}
