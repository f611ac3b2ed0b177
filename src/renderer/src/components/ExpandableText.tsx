import { Button, Stack, Text } from '@mantine/core'
import { useId, useState } from 'react'
import { truncateText } from '../lib/format'

export interface ExpandableTextProps {
  readonly text: string
  /** Characters shown before "Show all". */
  readonly maxChars?: number
  /** Names the button for screen readers: "Show all of prompt line-3". */
  readonly what: string
}

/** A long prompt, cut short until the person asks for all of it; line breaks are kept. */
export function ExpandableText({ text, maxChars = 240, what }: ExpandableTextProps) {
  const [expanded, setExpanded] = useState(false)
  const id = useId()
  const short = truncateText(text, maxChars)
  return (
    <Stack gap={4} align="flex-start">
      <Text id={id} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {expanded ? text : short.text}
      </Text>
      {short.truncated ? (
        <Button
          variant="subtle"
          size="compact-xs"
          aria-expanded={expanded}
          aria-controls={id}
          aria-label={`${expanded ? 'Show less of' : 'Show all of'} ${what}`}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? 'Show less' : 'Show all'}
        </Button>
      ) : null}
    </Stack>
  )
}
