import { providerInputSchema } from '../../../../shared/contract/providers'
import { parseNumberValue } from '../forms'
import { schemaErrors } from '../schema-errors'
import { rowsToHeaders } from './header-rows'
import { DEFAULT_TIMEOUT_SECONDS, headerRowErrorKey, providerFieldFor, toProviderInput, type ProviderFormValues } from './provider-form'

/*
 * The provider form's check against the contract. Its own module because it loads zod: only the
 * provider dialogs (loaded when first opened) use it, never the Models page itself (issue 17 item 6).
 */

/** The contract's bounds on `timeoutMs`, in the form's seconds. */
const timeoutMsSchema = providerInputSchema.shape.timeoutMs.unwrap()
export const MIN_TIMEOUT_SECONDS = (timeoutMsSchema.minValue ?? 1_000) / 1000
export const MAX_TIMEOUT_SECONDS = (timeoutMsSchema.maxValue ?? 30 * 60_000) / 1000
/** The contract's bound on a provider's cap on requests in flight to its server (issue 17 item 5). */
export const MAX_SERVER_CAP = providerInputSchema.shape.maxConcurrent.unwrap().maxValue ?? 256

/**
 * The form's check, for `useForm({ validate })`: the contract's provider schema over
 * `toProviderInput(values)`, its issues placed on the form's fields. The form adds only what the
 * contract cannot know: that a number field holds no number, and which header row is wrong (the
 * contract sees the headers as one record). The timeout and the server cap keep form-side wording
 * (seconds, not the contract's milliseconds; "or leave it empty"), with the contract's bounds.
 */
export function validateProvider(values: ProviderFormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  const timeout = parseNumberValue(values.timeoutSeconds)
  if (timeout.kind === 'empty') errors.timeoutSeconds = `Enter a timeout in seconds (${DEFAULT_TIMEOUT_SECONDS} is the usual choice)`
  else if (timeout.kind === 'invalid') errors.timeoutSeconds = 'Enter a number of seconds'
  const rows = rowsToHeaders(values.headers)
  if (!rows.ok) {
    errors.headers = rows.message ?? 'Check the custom headers'
    for (const [id, row] of Object.entries(rows.rows)) {
      if (row.name) errors[headerRowErrorKey(Number(id), 'name')] = row.name
      if (row.value) errors[headerRowErrorKey(Number(id), 'value')] = row.value
    }
  }
  return schemaErrors(providerInputSchema, toProviderInput(values), providerFieldFor, {
    errors,
    messages: {
      timeoutSeconds: () => `Use a timeout from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS} seconds (${MAX_TIMEOUT_SECONDS / 60} minutes)`,
      serverCap: (issue) =>
        issue.code === 'too_small' || issue.code === 'too_big'
          ? `Use a number from 1 to ${MAX_SERVER_CAP}, or leave it empty`
          : 'Enter a whole number of requests, or leave it empty',
    },
  })
}
