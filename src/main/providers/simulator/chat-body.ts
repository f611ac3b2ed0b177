import { contentText, isRecord, type InvalidRequest } from './wire'

/**
 * The opening both wire formats share when parsing a chat request: the body is an object, it names
 * a model, and its messages are a non-empty list of turns with a known role and text content. The
 * checks run in the same order in both; only the refusals' wording is each API's own.
 */

/** Each API's refusal for each check, in its own words. */
export interface ChatBodyRefusals {
  readonly notObject: InvalidRequest
  readonly noModel: InvalidRequest
  readonly noMessages: InvalidRequest
  readonly messagesNotList: InvalidRequest
  readonly noMessage: InvalidRequest
  badRole(index: number, role: unknown): InvalidRequest
  badContent(index: number): InvalidRequest
}

export interface ChatBody<Role extends string> {
  /** The whole body, for the fields only one format reads. */
  readonly body: Record<string, unknown>
  readonly model: string
  /** Each message in order, its content reduced to text. */
  readonly turns: readonly { readonly role: Role; readonly text: string }[]
}

export function readChatBody<Role extends string>(body: unknown, roles: readonly Role[], refusals: ChatBodyRefusals): ChatBody<Role> | InvalidRequest {
  if (!isRecord(body)) return refusals.notObject
  if (typeof body.model !== 'string' || body.model === '') return refusals.noModel
  const raw = body.messages
  if (raw === undefined) return refusals.noMessages
  if (!Array.isArray(raw)) return refusals.messagesNotList
  if (raw.length === 0) return refusals.noMessage
  const isRole = (role: unknown): role is Role => roles.includes(role as Role)
  const turns: { role: Role; text: string }[] = []
  for (const [index, message] of raw.entries()) {
    const role: unknown = isRecord(message) ? message.role : undefined
    if (!isRole(role)) return refusals.badRole(index, role)
    const text = contentText(isRecord(message) ? message.content : undefined)
    if (text === undefined) return refusals.badContent(index)
    turns.push({ role, text })
  }
  return { body, model: body.model, turns }
}
