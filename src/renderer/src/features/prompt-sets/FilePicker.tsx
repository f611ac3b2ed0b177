import { Input } from '@mantine/core'
import { useId, type ChangeEvent } from 'react'
import { FILE_ACCEPT, MAX_FILE_SIZE_TEXT } from './prompt-file'

export interface FilePickerProps {
  readonly onChoose: (file: File | undefined) => void
  readonly error: string | undefined
  readonly disabled?: boolean
}

/**
 * The browser's own file input: it works the same in the desktop window and in browser mode, and
 * the file is read in the page with `File.text()`. Its label and hints are Mantine's.
 */
export function FilePicker({ onChoose, error, disabled = false }: FilePickerProps) {
  const id = useId()
  const descriptionId = `${id}-description`
  const errorId = `${id}-error`
  return (
    <Input.Wrapper
      id={id}
      label="Prompt file"
      description={`JSON Lines (.jsonl), JSON, CSV or TSV, up to ${MAX_FILE_SIZE_TEXT}. One prompt per line, row or record.`}
      error={error}
      descriptionProps={{ id: descriptionId }}
      errorProps={{ id: errorId }}
    >
      <input
        id={id}
        style={{ display: 'block', marginTop: 6, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-text)' }}
        type="file"
        accept={FILE_ACCEPT}
        disabled={disabled}
        aria-describedby={error ? `${errorId} ${descriptionId}` : descriptionId}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChoose(event.currentTarget.files?.[0])}
        data-autofocus
      />
    </Input.Wrapper>
  )
}
