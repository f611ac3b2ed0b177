import { Text, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import { methodTerm, type MethodTermId } from './method-terms'

/**
 * A method term on screen with its one-sentence explanation (lib/method-terms.ts) in a tooltip.
 * The term is focusable so a keyboard reaches the tooltip, and the sentence is its accessible
 * description, so a screen reader hears it without hovering.
 */
export function MethodTermHint({ id, children }: { readonly id: MethodTermId; readonly children?: ReactNode }) {
  const { term, explanation } = methodTerm(id)
  return (
    <Tooltip label={explanation} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Text span inherit tabIndex={0} aria-description={explanation} style={{ textDecoration: 'underline dotted', cursor: 'help' }}>
        {children ?? term}
      </Text>
    </Tooltip>
  )
}
