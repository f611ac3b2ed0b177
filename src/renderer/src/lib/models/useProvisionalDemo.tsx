import { createContext, useContext, useRef, type ReactNode } from 'react'
import { useApi } from '../useApi'
import { takeBack, type ProvisionalAdditions, type ProvisionalDemo } from './provisional-demo'

/* The wizard's record of provisional demo additions (see provisional-demo.ts), and its context. */

export function useProvisionalDemo(): ProvisionalDemo {
  const api = useApi()
  const pending = useRef<ProvisionalAdditions[]>([])
  return {
    added: (result) => {
      pending.current.push(result)
    },
    keep: () => {
      pending.current = []
    },
    discard: () => {
      const additions = pending.current
      pending.current = []
      // The lists follow by event (models.changed, providers.changed).
      if (additions.length > 0) void takeBack(api, additions)
    },
  }
}

const ProvisionalDemoContext = createContext<ProvisionalDemo | undefined>(undefined)

export function ProvisionalDemoProvider({ value, children }: { readonly value: ProvisionalDemo; readonly children: ReactNode }) {
  return <ProvisionalDemoContext.Provider value={value}>{children}</ProvisionalDemoContext.Provider>
}

/** The wizard's record of provisional additions; undefined outside a wizard (nothing is taken back). */
export function useProvisionalDemoContext(): ProvisionalDemo | undefined {
  return useContext(ProvisionalDemoContext)
}
