import { AppError } from '../../../shared/contract/errors'
import { decodeUtf8 } from './decode-text'

export interface DownloadOptions {
  readonly timeoutMs: number
  readonly maxBytes: number
  /** Named in messages: "question.jsonl". */
  readonly fileName: string
}

/**
 * Fetches a public text file with a time limit over the whole download and a size limit checked
 * while reading (a wrong or hostile server cannot fill memory). Every failure becomes an
 * `unavailable` error that says what to do, including importing the file by hand.
 */
export async function downloadText(url: string, options: DownloadOptions): Promise<string> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  try {
    const response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/plain, application/octet-stream, */*' } })
    if (!response.ok) throw httpError(url, response.status, options.fileName)
    const bytes = await readLimited(response, options)
    return decodeUtf8(bytes, options.fileName)
  } catch (error) {
    throw asDownloadError(error, url, options)
  }
}

async function readLimited(response: Response, options: DownloadOptions): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > options.maxBytes) throw tooLarge(options)
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > options.maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(options)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

const byHand = (fileName: string) => `You can also download ${fileName} yourself and import it as a file.`

function tooLarge(options: DownloadOptions): AppError {
  const limit = Math.round(options.maxBytes / 1024 / 1024)
  return new AppError(
    'unavailable',
    `The downloaded file is larger than ${limit} MB, which is not what was expected, so nothing was imported. ${byHand(options.fileName)}`,
  )
}

function httpError(url: string, status: number, fileName: string): AppError {
  if (status === 404) return new AppError('unavailable', `The file was not found at ${url} (HTTP 404); it may have moved. ${byHand(fileName)}`)
  return new AppError('unavailable', `${new URL(url).host} answered with an error (HTTP ${status}). Try again later. ${byHand(fileName)}`)
}

function asDownloadError(error: unknown, url: string, options: DownloadOptions): AppError {
  if (error instanceof AppError) return error
  const host = new URL(url).host
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AppError(
      'unavailable',
      `The download from ${host} took longer than ${formatDuration(options.timeoutMs)} and was stopped. Try again later. ${byHand(options.fileName)}`,
    )
  }
  return new AppError(
    'unavailable',
    `Could not reach ${host}. Check that this computer is connected to the internet (and any proxy it needs), then try again. ${byHand(options.fileName)}`,
  )
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`
}
