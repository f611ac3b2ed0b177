import { AppError } from '../../../shared/contract/errors'

/*
 * Names people choose (providers, models, prompt sets) must tell things apart in every list and
 * picker, so a second one with the same name is refused. "My Model " and "my model" count as the
 * same: names are compared trimmed and without regard to case.
 */

export type NamedKind = 'provider' | 'model' | 'prompt set'

/** How names are compared: trimmed, case-insensitive (locale-independent). */
export function nameKey(name: string): string {
  return name.trim().toLowerCase()
}

/**
 * Throws a `conflict` naming the duplicate when another item (not `exceptId`, the one being
 * renamed) already has this name; the path is `name`, so forms show it on that field.
 */
export function refuseDuplicateName(
  kind: NamedKind,
  name: string,
  existing: readonly { readonly id: string; readonly name: string }[],
  exceptId?: string,
): void {
  const key = nameKey(name)
  const clash = existing.find((item) => item.id !== exceptId && nameKey(item.name) === key)
  if (!clash) return
  const message = `A ${kind} named “${clash.name.trim()}” already exists. Choose another name.`
  throw new AppError('conflict', message, [{ path: 'name', message }])
}
