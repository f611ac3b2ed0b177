import { describe, expect, it } from 'vitest'
import { anthropicFormat } from '../../../../../src/main/providers/simulator/anthropic-format'

const valid = { model: 'sim-reference', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] }
const refusal = (body: unknown) => {
  const parsed = anthropicFormat.parse(body)
  return 'kind' in parsed ? parsed.message : undefined
}

describe("the simulator's Anthropic request parsing", () => {
  it('reads the model, the system text, the turns and the limits', () => {
    const parsed = anthropicFormat.parse({
      ...valid,
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: [{ type: 'text', text: 'Hello' }] },
      ],
      temperature: 0.5,
      stream: true,
    })
    expect(parsed).toEqual({
      model: 'sim-reference',
      system: 'Be brief.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
      ],
      temperature: 0.5,
      stream: true,
      maxTokens: 100,
      samples: 1,
      requestSeed: undefined,
      includeUsage: false,
    })
  })

  it.each([
    ['a body that is not an object', [], 'The request body is not a JSON object.'],
    ['no model', { ...valid, model: '' }, 'model: Field required'],
    ['no messages', { model: 'm', max_tokens: 1 }, 'messages: Field required'],
    ['messages that are not a list', { ...valid, messages: 'Hi' }, 'messages: Input should be a valid list'],
    ['no message at all', { ...valid, messages: [] }, 'messages: at least one message is required'],
    ['a system turn among the messages', { ...valid, messages: [{ role: 'system', content: 'x' }] }, "messages.0.role: Input should be 'user' or 'assistant'"],
    [
      'a turn without content',
      { ...valid, messages: [{ role: 'user', content: 'a' }, { role: 'user' }] },
      'messages.1.content: Input should be a valid string or a list of content blocks',
    ],
    ['no max_tokens', { model: 'm', messages: valid.messages }, 'max_tokens: Field required'],
    ['a temperature above 1', { ...valid, temperature: 1.5 }, "temperature: Invalid 'temperature': expected a value from 0 to 1, but got 1.5 instead."],
    ['a system that is not text', { ...valid, system: 3 }, 'system: Input should be a valid string or a list of text blocks'],
  ])('refuses %s in the API’s words', (_case, body, message) => {
    expect(refusal(body)).toBe(message)
  })
})
