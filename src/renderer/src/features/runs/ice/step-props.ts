import type { IceContext, IceField, IceFieldErrors, IceFormValues, ResolvedIce } from './ice-form'

/** What every step of the ICE wizard receives: the form, what it resolves to, its errors, and the way to change it. */
export interface IceStepProps {
  readonly values: IceFormValues
  readonly resolved: ResolvedIce
  readonly context: IceContext
  readonly errors: IceFieldErrors
  /** Applies a change; the errors of `fields` are cleared, since the person is fixing them. */
  readonly onChange: (change: (current: IceFormValues) => IceFormValues, fields: readonly IceField[]) => void
}
