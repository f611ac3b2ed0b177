import type { FormErrors as MantineFormErrors } from '@mantine/form'
import type { z } from 'zod'
import { CHECK_FIELDS_MESSAGE } from './forms'

/*
 * Forms are @mantine/form forms validated by the contract's zod schemas, so a setting's bounds and
 * messages are written once, in src/shared/contract. No React here, so this is unit-tested in Node.
 */

/** The key, in a form's errors, of problems that belong to no field; they go to the form's alert. */
export const FORM_ERROR = '_form'

/** A form-side message for a field whose contract check has only zod's wording (or another unit, e.g. ms vs seconds). */
export type IssueMessage = (issue: z.core.$ZodIssue) => string

/**
 * Validates `input` (the form's values turned into the contract's input) with the contract's
 * schema and places each issue on the form field its path names (first message per field wins;
 * a field that already has an error from `errors` keeps it). Issues that name no field are joined
 * under FORM_ERROR. Returns the errors in @mantine/form's shape, for `useForm({ validate })`.
 */
export function schemaErrors<F extends string>(
  schema: z.ZodType,
  input: unknown,
  resolve: (path: string) => F | undefined,
  options: { readonly messages?: Partial<Record<F, IssueMessage>>; readonly errors?: Readonly<Record<string, string>> } = {},
): Record<string, string> {
  const errors: Record<string, string> = { ...options.errors }
  const result = schema.safeParse(input)
  if (result.success) return errors
  const unplaced: string[] = []
  for (const issue of result.error.issues) {
    const field = resolve(issue.path.map(String).join('.'))
    if (field === undefined) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message)
    } else if (errors[field] === undefined) {
      errors[field] = options.messages?.[field]?.(issue) ?? issue.message
    }
  }
  if (unplaced.length > 0) errors[FORM_ERROR] = unplaced.join(' ')
  return errors
}

/** The form's alert after its own check failed: what belongs to no field, else a pointer to the fields. */
export function validationAlert(errors: MantineFormErrors): string {
  const general = errors[FORM_ERROR]
  return typeof general === 'string' ? general : CHECK_FIELDS_MESSAGE
}

/** A field's message from a @mantine/form errors record (whose values may be any ReactNode). */
export function fieldError(errors: MantineFormErrors, field: string): string | undefined {
  const message = errors[field]
  return typeof message === 'string' ? message : undefined
}
