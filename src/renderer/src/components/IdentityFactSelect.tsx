import { NativeSelect } from '@mantine/core'
import { userMessage } from '../lib/api'
import { useIdentityFacts } from '../lib/data/useIceLibrary'
import { factOptions } from '../lib/ice-library/format'

export const IDENTITY_FACT_LABEL = 'Identity fact (for ICE)'

export interface IdentityFactSelectProps {
  /** '' for none. */
  readonly value: string
  readonly onChange: (id: string) => void
  readonly error: string | undefined
}

/**
 * Which vendor really made the model, for identity runs: the ICE wizard fills the target's fact
 * from it. Optional, since a model used only for similarity runs needs none.
 */
export function IdentityFactSelect({ value, onChange, error }: IdentityFactSelectProps) {
  const facts = useIdentityFacts()
  const description = facts.isError
    ? `The identity facts could not be loaded (${userMessage(facts.error)}). You can choose one later.`
    : 'Who really made this model. In an identity run (ICE) the judge compares its answers about itself with this vendor’s fact. Facts are listed on the Identity (ICE) page.'
  return (
    <NativeSelect
      label={IDENTITY_FACT_LABEL}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data={factOptions(facts.data ?? [], value)}
    />
  )
}
