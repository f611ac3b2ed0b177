import { describe, expect, it } from 'vitest'
import { openAiFormat } from '../../../../../src/main/providers/simulator/openai-format'

const valid = { model: 'sim-reference', messages: [{ role: 'user', content: 'Hi' }] }
const refusal = (body: unknown) => {
  const parsed = openAiFormat.parse(body)
  return 'kind' in parsed ? parsed : undefined
}

describe("the simulator's OpenAI request parsing", () => {
  it('moves system and developer turns to the system text and reads the options', () => {
    const parsed = openAiFormat.parse({
      model: 'sim-reference',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: [{ type: 'text', text: 'Be kind.' }] },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: null },
        { role: 'tool', content: 'result' },
      ],
      n: 2,
      seed: 7,
      max_completion_tokens: 50,
      stream: true,
      stream_options: { include_usage: true },
    })
    expect(parsed).toEqual({
      model: 'sim-reference',
      system: 'Be brief.\n\nBe kind.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: '' },
        { role: 'user', content: 'result' },
      ],
      temperature: 0,
      stream: true,
      maxTokens: 50,
      samples: 2,
      requestSeed: 7,
      includeUsage: true,
    })
  })

  it.each([
    ['a body that is not an object', 'x', { message: 'We could not parse the JSON body of your request. The OpenAI API expects a JSON object.' }],
    ['no model', { messages: valid.messages }, { message: 'you must provide a model parameter' }],
    ['no messages', { model: 'm' }, { message: "Missing required parameter: 'messages'.", param: 'messages', code: 'missing_required_parameter' }],
    ['messages that are not a list', { ...valid, messages: {} }, { param: 'messages', code: 'invalid_type' }],
    ['no message at all', { ...valid, messages: [] }, { param: 'messages', code: 'empty_array' }],
    [
      'an unknown role',
      { ...valid, messages: [{ role: 'robot', content: 'x' }] },
      {
        message: "Invalid value: 'robot'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
        param: 'messages[0].role',
        code: 'invalid_value',
      },
    ],
    ['a turn without content', { ...valid, messages: [{ role: 'user', content: 1 }] }, { param: 'messages[0].content', code: 'invalid_type' }],
    ['n out of range', { ...valid, n: 0 }, { param: 'n', code: 'invalid_value' }],
  ])('refuses %s in the API’s words', (_case, body, expected) => {
    const found = refusal(body)
    expect(found).toMatchObject({ kind: 'invalid', ...expected })
    if (!('param' in expected)) expect(found).not.toHaveProperty('param')
  })
})
