import { Input } from '@mantine/core'
import { useId, type ChangeEvent } from 'react'
import { FILE_ACCEPT, MAX_FILE_SIZE_TEXT } from '../lib/prompt-sets/prompt-file'

export interface FilePickerProps {
  readonly onChoose: (file: File | undefined) => void
  readonly error: string | undefined
  readonly disabled?: boolean
  /** The defaults describe a prompt file; other imports (ICE's library) name their own kind of file. */
  readonly label?: string
  readonly description?: string
  readonly accept?: string
  /** False when the picker is not the first field of its dialog. */
  readonly autoFocus?: boolean
}

/**
 * The browser's own file input: it works the same in the desktop window and in browser mode, and
 * the file is read in the page with `File.text()`. Its label and hints are Mantine's.
 */
export function FilePicker({
  onChoose,
  error,
  disabled = false,
  label = 'Prompt file',
  description = `JSON Lines (.jsonl), JSON, CSV or TSV, up to ${MAX_FILE_SIZE_TEXT}. One prompt per line, row or record.`,
  accept = FILE_ACCEPT,
  autoFocus = true,
}: FilePickerProps) {
  const id = useId()
  const descriptionId = `${id}-description`
  const errorId = `${id}-error`
  return (
    <Input.Wrapper id={id} label={label} description={description} error={error} descriptionProps={{ id: descriptionId }} errorProps={{ id: errorId }}>
      <input
        id={id}
        style={{ display: 'block', marginTop: 6, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-text)' }}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={error ? `${errorId} ${descriptionId}` : descriptionId}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChoose(event.currentTarget.files?.[0])}
        data-autofocus={autoFocus || undefined}
      />
    </Input.Wrapper>
  )
}
