import type { PersonaSettings } from '../../../../../src/main/providers/simulator/personas/reply'
import { DEFAULT_IDENTITY, type ChatMessage, type ChatRequest } from '../../../../../src/main/providers/simulator/types'

export const settings = (overrides: Partial<PersonaSettings> = {}): PersonaSettings => ({
  seed: 7,
  identities: {},
  defaultIdentity: DEFAULT_IDENTITY,
  placeholderDropRate: 0.05,
  ...overrides,
})

export function chat(model: string, user: string | readonly ChatMessage[], options: Partial<ChatRequest> = {}): ChatRequest {
  return {
    model,
    system: 'You are a helpful assistant.',
    messages: typeof user === 'string' ? [{ role: 'user', content: user }] : user,
    temperature: 0,
    stream: false,
    maxTokens: undefined,
    samples: 1,
    requestSeed: undefined,
    includeUsage: false,
    ...options,
  }
}

const TOPICS = [
  'photosynthesis',
  'database indexing',
  'the French revolution',
  'writing a cover letter',
  'training for a marathon',
  'climate policy',
  'compilers',
  'sourdough bread',
  'public speaking',
  'quantum entanglement',
]

/** Varied ordinary questions, the same every run. */
export const QUESTIONS = Array.from({ length: 40 }, (_, i) => `Explain ${TOPICS[i % TOPICS.length]} in practical terms (case ${i}).`)
