import type { PromptShape } from '../../../../../shared/contract/prompt-sets'
import { isPlainObject } from '../../../files/records'

/** Where a prompt was found: the field (for messages) and its raw value, not yet checked. */
export interface FieldValue {
  readonly field: string
  readonly value: unknown
  /** Says what is missing when the value is absent, in place of "there is no field X". */
  readonly missing?: string
}

type Row = Record<string, unknown>

export interface ShapeRule {
  readonly shape: PromptShape
  readonly label: string
  readonly matches: (record: Row) => boolean
  /** The field a mapping would name; `prompt` overrides how it is read. */
  readonly promptField: string
  readonly prompt?: (record: Row) => FieldValue
  readonly idCandidates: readonly string[]
  readonly categoryCandidates: readonly string[]
  /** Fields never copied into an item's metadata (answers, whole conversations). */
  readonly consumed: readonly string[]
}

const GENERIC_IDS = ['uid', 'question_id', 'unique_id', 'id', '_id', 'prompt_id']
const isText = (value: unknown) => typeof value === 'string'

/** ShareGPT: the first turn a person wrote is the prompt (METHOD.md 1). */
function firstHumanTurn(record: Row): FieldValue {
  const turns = record.conversations as unknown[]
  const at = turns.findIndex((turn) => isPlainObject(turn) && (turn.from === 'human' || turn.from === 'user'))
  if (at < 0) return { field: 'conversations', value: undefined, missing: 'the conversation has no turn from a person (from: "human")' }
  return { field: `conversations.${at}.value`, value: (turns[at] as Row).value }
}

/** Chat format: the first user message; content may be text or a list of text parts. */
function firstUserMessage(record: Row): FieldValue {
  const messages = record.messages as unknown[]
  const at = messages.findIndex((message) => isPlainObject(message) && message.role === 'user')
  if (at < 0) return { field: 'messages', value: undefined, missing: 'there is no message with role "user"' }
  const content = (messages[at] as Row).content
  const field = `messages.${at}.content`
  if (!Array.isArray(content) || !content.every((part) => isPlainObject(part) && part.type === 'text' && isText(part.text))) return { field, value: content }
  return { field, value: content.map((part) => (part as Row).text as string).join('\n') }
}

/** Alpaca style: a non-empty `input` is part of the task, so it follows the instruction. */
function instructionWithInput(record: Row): FieldValue {
  const { instruction, input } = record
  if (typeof instruction === 'string' && typeof input === 'string' && input.trim() !== '') return { field: 'instruction', value: `${instruction}\n\n${input}` }
  return { field: 'instruction', value: instruction }
}

/** Tried in order; the first that fits most of the first records is used for the whole file. */
export const SHAPE_RULES: readonly ShapeRule[] = [
  {
    shape: 'arena-hard',
    label: 'Arena-Hard questions (uid, category, cluster, prompt)',
    matches: (r) => (isText(r.uid) || isText(r.question_id)) && 'prompt' in r,
    promptField: 'prompt',
    idCandidates: ['uid', 'question_id'],
    categoryCandidates: ['category'],
    consumed: [],
  },
  {
    shape: 'arena-hard',
    label: 'Arena-Hard questions (question_id, turns)',
    matches: (r) => (isText(r.uid) || isText(r.question_id)) && Array.isArray(r.turns),
    promptField: 'turns.0.content',
    idCandidates: ['uid', 'question_id'],
    categoryCandidates: ['category'],
    consumed: ['turns'],
  },
  {
    shape: 'sharegpt',
    label: 'ShareGPT conversations (first turn from a person)',
    matches: (r) => Array.isArray(r.conversations),
    promptField: 'conversations.0.value',
    prompt: firstHumanTurn,
    idCandidates: ['id', ...GENERIC_IDS],
    categoryCandidates: ['category'],
    consumed: ['conversations'],
  },
  {
    shape: 'numina-math',
    label: 'NuminaMath problems (problem; the solution is not used)',
    matches: (r) => isText(r.problem),
    promptField: 'problem',
    idCandidates: GENERIC_IDS,
    categoryCandidates: ['source', 'type', 'category'],
    consumed: ['solution', 'messages', 'answer'],
  },
  {
    shape: 'chat-messages',
    label: 'Chat messages (first user message)',
    matches: (r) => Array.isArray(r.messages),
    promptField: 'messages.0.content',
    prompt: firstUserMessage,
    idCandidates: GENERIC_IDS,
    categoryCandidates: ['category'],
    consumed: ['messages'],
  },
  plain('instruction', 'Instructions (instruction, with input appended)', ['input', 'output', 'response'], instructionWithInput),
  plain('prompt', 'Prompts (prompt field)', ['response', 'completion', 'answer', 'output', 'chosen', 'rejected']),
  plain('question', 'Questions (question field)', ['answer', 'answers', 'response']),
  plain('text', 'Texts (text field)', []),
]

function plain(
  field: 'instruction' | 'prompt' | 'question' | 'text',
  label: string,
  consumed: readonly string[],
  prompt?: (record: Row) => FieldValue,
): ShapeRule {
  return {
    shape: field,
    label,
    matches: (r) => field in r,
    promptField: field,
    ...(prompt ? { prompt } : {}),
    idCandidates: GENERIC_IDS,
    categoryCandidates: ['category'],
    consumed,
  }
}
