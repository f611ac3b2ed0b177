import { useState } from 'react'

interface DialogState<S> {
  readonly subject: S
  /** Kept after closing, so the dialog keeps its title while it fades out. */
  readonly open: boolean
  /** A new number per opening: each dialog starts afresh (its form or accepted warning). */
  readonly session: number
}

export interface Dialog<S extends { readonly kind: string }> {
  readonly subject: S | undefined
  readonly session: number
  open(subject: S): void
  close(): void
  isOpen(kind: S['kind']): boolean
}

/** One dialog at a time per section, as on the Models and Prompt sets pages. */
export function useDialog<S extends { readonly kind: string }>(): Dialog<S> {
  const [state, setState] = useState<DialogState<S> | null>(null)
  return {
    subject: state?.subject,
    session: state?.session ?? 0,
    open: (subject) => setState((previous) => ({ subject, open: true, session: (previous?.session ?? 0) + 1 })),
    close: () => setState((previous) => previous && { ...previous, open: false }),
    isOpen: (kind) => state?.open === true && state.subject.kind === kind,
  }
}
