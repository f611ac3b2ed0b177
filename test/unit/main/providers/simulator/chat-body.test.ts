import { describe, expect, it } from 'vitest'
import { readChatBody, type ChatBodyRefusals } from '../../../../../src/main/providers/simulator/chat-body'

const refuse = (message: string) => ({ kind: 'invalid' as const, message })
const refusals: ChatBodyRefusals = {
  notObject: refuse('not object'),
  noModel: refuse('no model'),
  noMessages: refuse('no messages'),
  messagesNotList: refuse('not list'),
  noMessage: refuse('no message'),
  badRole: (index, role) => refuse(`bad role ${String(role)} at ${index}`),
  badContent: (index) => refuse(`bad content at ${index}`),
}
const read = (body: unknown) => readChatBody(body, ['user', 'assistant'] as const, refusals)

describe('the opening both simulated APIs share', () => {
  it('gives the body, the model and each turn as text', () => {
    const body = {
      model: 'm',
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'image' }] },
        { role: 'assistant', content: 'b' },
      ],
      extra: 1,
    }
    expect(read(body)).toEqual({
      body,
      model: 'm',
      turns: [
        { role: 'user', text: 'a' },
        { role: 'assistant', text: 'b' },
      ],
    })
  })

  it.each([
    ['a list for a body', [], 'not object'],
    ['a model that is not text', { model: 1, messages: 'x' }, 'no model'],
    ['no messages', { model: 'm' }, 'no messages'],
    ['messages that are not a list', { model: 'm', messages: {} }, 'not list'],
    ['an empty list', { model: 'm', messages: [] }, 'no message'],
    [
      'a role the API does not know, before a later bad content',
      { model: 'm', messages: [{ role: 'user', content: 'a' }, { role: 'tool', content: 'b' }, { role: 'user' }] },
      'bad role tool at 1',
    ],
    ['a turn that is not an object', { model: 'm', messages: ['hi'] }, 'bad role undefined at 0'],
    ['content that is not text', { model: 'm', messages: [{ role: 'user', content: 5 }] }, 'bad content at 0'],
  ])('refuses %s with the first check that fails', (_case, body, message) => {
    expect(read(body)).toEqual(refuse(message))
  })
})
