import { randomBytes } from 'node:crypto'

/** Short, URL-safe, prefixed ids: readable in logs and exports, and safe as secret-store refs. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`
}
