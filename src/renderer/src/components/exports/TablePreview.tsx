import { Alert, Code, ScrollArea } from '@mantine/core'

/**
 * The table's exact text, scrollable both ways (LaTeX lines are long). The region is focusable so
 * that it can be scrolled from the keyboard, and named for screen readers.
 */
export function TablePreview({ preview, label }: { readonly preview: { readonly text: string } | { readonly error: string }; readonly label: string }) {
  if ('error' in preview) {
    return (
      <Alert color="yellow" variant="light" title="This table cannot be made">
        {preview.error}
      </Alert>
    )
  }
  return (
    <ScrollArea.Autosize mah={360} type="auto" role="region" aria-label={label} tabIndex={0}>
      <Code block style={{ whiteSpace: 'pre', width: 'max-content', minWidth: '100%' }}>
        {preview.text}
      </Code>
    </ScrollArea.Autosize>
  )
}
