import { useRef } from 'react'
import { useDeleteProvider } from '../../lib/data/useProviders'

/**
 * The provider the "Add a model" dialog saves before its last step (its key needs a provider to
 * belong to). Nothing half-made stays behind (issue 18 item 5): closing the dialog before a model
 * uses that provider deletes it again, with any key saved for it.
 */
export function useProvisionalProvider() {
  const pending = useRef<string | undefined>(undefined)
  const remove = useDeleteProvider()
  function discard(): void {
    const id = pending.current
    pending.current = undefined
    // A provider another window has given a model meanwhile is refused by the backend, and kept.
    if (id !== undefined) remove.mutate(id)
  }
  return {
    /** The dialog saved this provider; it is provisional until a model uses it. */
    created(id: string): void {
      pending.current = id
    },
    /** A model was added: its provider stays; one saved but then not chosen goes. */
    modelAdded(providerId: string): void {
      if (pending.current === providerId) pending.current = undefined
      else discard()
    },
    /** The dialog closed without a model. */
    discard,
  }
}
