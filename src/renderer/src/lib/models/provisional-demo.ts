import type { ApiClient } from '../api'

/*
 * Demo models a wizard adds on the way (the ICE wizard's "Add the Offline demo's ICE models") are
 * provisional: closing the wizard without starting a run takes them back, the simulated provider
 * too when the wizard added it (issue 18 item 5: closing a wizard leaves nothing half-made).
 */

export interface ProvisionalAdditions {
  readonly addedIds: readonly string[]
  readonly createdProvider: boolean
  readonly provider: { readonly id: string }
}

export interface ProvisionalDemo {
  /** Something was added for this wizard. */
  added(result: ProvisionalAdditions): void
  /** The run started: what was added stays. */
  keep(): void
  /** The wizard closed without a run: what was added goes. */
  discard(): void
}

/** Deletes what was added, models first (a provider with models cannot be deleted). Failures are left: the demo can still be deleted by hand. */
export async function takeBack(api: Pick<ApiClient, 'request'>, additions: readonly ProvisionalAdditions[]): Promise<void> {
  for (const addition of [...additions].reverse()) {
    for (const id of addition.addedIds) await api.request('models.delete', { id }).catch(() => undefined)
    if (addition.createdProvider) await api.request('providers.delete', { id: addition.provider.id }).catch(() => undefined)
  }
}
