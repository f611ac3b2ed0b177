import { PROMPT_SET_LIMITS } from '../../../../shared/constants/prompt-set-limits'
import { formatInteger } from '../format'

/*
 * Checks on a chosen file before it is read: a file that cannot be imported is refused here, with
 * a reason, instead of being read into memory and sent to the backend first.
 */

/** What the file picker offers; the backend also recognises the format from the content. */
export const ACCEPTED_EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.csv', '.tsv', '.txt'] as const
export const FILE_ACCEPT = ACCEPTED_EXTENSIONS.join(',')

/** Only what is needed of a browser `File`, so the checks run (and are tested) without a DOM. */
export interface ChosenFile {
  readonly name: string
  /** In bytes, as the file is on disk. */
  readonly size: number
}

const MB = 1024 * 1024

/** "820 bytes", "12.5 KB", "64 MB", "70.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  const [value, unit] = bytes < MB ? [bytes / 1024, 'KB'] : [bytes / MB, 'MB']
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '')
  return `${rounded} ${unit}`
}

export const MAX_FILE_SIZE_TEXT = formatBytes(PROMPT_SET_LIMITS.maxFileBytes)

/** Formats people often have at hand that are not text: said plainly, with what to do instead. */
const BINARY_FORMATS: readonly { readonly extensions: readonly string[]; readonly what: string; readonly fix: string }[] = [
  {
    extensions: ['parquet', 'arrow', 'feather'],
    what: 'a Parquet or Arrow data file',
    fix: 'Convert it to JSON Lines or CSV first (with the Hugging Face datasets library, for example: dataset.to_json("prompts.jsonl")).',
  },
  { extensions: ['xlsx', 'xls', 'ods', 'numbers'], what: 'a spreadsheet', fix: 'Save it from your spreadsheet program as CSV (UTF-8) first.' },
  { extensions: ['zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'tar', 'zst'], what: 'a compressed archive', fix: 'Extract the file inside it first.' },
  { extensions: ['pdf', 'doc', 'docx'], what: 'a document', fix: 'Put the prompts in a CSV or JSON Lines file first, one prompt per row.' },
]

export function extensionOf(fileName: string): string | undefined {
  return /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase()
}

/** A message saying why the file cannot be imported, or undefined when it can be read and sent. */
export function checkPromptFile(file: ChosenFile): string | undefined {
  const extension = extensionOf(file.name)
  const binary = extension === undefined ? undefined : BINARY_FORMATS.find((format) => format.extensions.includes(extension))
  if (binary) {
    return `“${file.name}” looks like ${binary.what}, which Distillscope cannot read. ${binary.fix} Distillscope reads JSON Lines, JSON, CSV and TSV text files.`
  }
  if (file.size > PROMPT_SET_LIMITS.maxFileBytes) {
    // Just over the limit rounds to the limit itself: then the exact number of bytes says why.
    const rounded = formatBytes(file.size)
    const size = rounded === MAX_FILE_SIZE_TEXT ? `${formatInteger(file.size)} bytes` : rounded
    return (
      `“${file.name}” is ${size}, more than the ${MAX_FILE_SIZE_TEXT} Distillscope can import. ` +
      'Split it, or keep only the prompts you need (a run can use a sample of a set anyway).'
    )
  }
  if (file.size === 0) return `“${file.name}” is empty. Choose a file with one prompt per line or row.`
  return undefined
}

const NAME_LIMIT = 120

/**
 * The name a set gets from its file until the person types one: the file name without its
 * extension ("question.jsonl" becomes "question"), never empty, never longer than the limit.
 */
export function setNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const withoutExtension = base.replace(/\.(jsonl|ndjson|json|csv|tsv|txt)$/i, '').trim()
  const name = withoutExtension === '' ? 'Imported prompts' : withoutExtension
  return name.length > NAME_LIMIT ? name.slice(0, NAME_LIMIT).trimEnd() : name
}
