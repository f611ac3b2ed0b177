import { NumberInput } from '@mantine/core'
import { MAX_RUN_CONCURRENCY } from '../../../../shared/contract/run-spec-fields'

/**
 * Fields every run has, worded the same in both wizards. Values are the NumberInput's own
 * (a number or the text being typed); the form's checks read them.
 */
interface NumberFieldProps {
  readonly value: string | number
  readonly error: string | undefined
  readonly onChange: (value: string | number) => void
}

export function BudgetUsdField({ value, error, onChange }: NumberFieldProps) {
  return (
    <NumberInput
      label="Budget in US$ (optional)"
      description="The run pauses when its spending reaches this amount. Leave empty for no limit."
      value={value}
      onChange={onChange}
      error={error}
      min={0}
      decimalScale={2}
      allowNegative={false}
      prefix="$"
    />
  )
}

export function ConcurrencyField({ value, error, onChange, defaultValue }: NumberFieldProps & { readonly defaultValue: number }) {
  return (
    <NumberInput
      label="Requests at a time, per model"
      description={`${defaultValue} by default, per model. A model’s own limit applies too, so the lower of the two wins; a provider’s cap on its server holds across all its models.`}
      value={value}
      onChange={onChange}
      error={error}
      min={1}
      max={MAX_RUN_CONCURRENCY}
      allowDecimal={false}
      allowNegative={false}
    />
  )
}

/** A seed: `label` and `description` say what it seeds (bootstrap intervals, or every random choice of ICE). */
export function SeedField({ value, error, onChange, label, description }: NumberFieldProps & { readonly label: string; readonly description: string }) {
  return (
    <NumberInput label={label} description={description} value={value} onChange={onChange} error={error} min={0} allowDecimal={false} allowNegative={false} />
  )
}
