import { MethodTermHint } from '../../../lib/MethodTermHint'
import { termsIn } from '../../../lib/method-terms'

/**
 * A label such as "As published" or "MCTS-Explore" with its method term explained on hover or
 * focus; a label naming no method term is plain text.
 */
export function TermLabel({ text }: { readonly text: string }) {
  const [id] = termsIn(text)
  return id ? <MethodTermHint id={id}>{text}</MethodTermHint> : <>{text}</>
}
