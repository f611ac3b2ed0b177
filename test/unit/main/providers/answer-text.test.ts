import { describe, expect, it } from 'vitest'
import { answerText } from '../../../../src/main/providers/answer-text'

describe('answerText', () => {
  it.each([
    ['a string', { role: 'assistant', content: 'I am a model trained by Example.' }, 'I am a model trained by Example.'],
    ['an empty string', { role: 'assistant', content: '' }, ''],
    ['no content (null)', { role: 'assistant', content: null }, ''],
    [
      'Mistral reasoning parts: thinking, then text',
      {
        role: 'assistant',
        content: [
          { type: 'thinking', thinking: [{ type: 'text', text: 'The user asks who made me.' }] },
          { type: 'text', text: 'Mistral AI ' },
          { type: 'text', text: 'trained me.' },
        ],
      },
      'Mistral AI trained me.',
    ],
    ['output_text parts', { content: [{ type: 'output_text', text: 'Hello', annotations: [] }] }, 'Hello'],
    ['bare string parts', { content: ['Hel', 'lo'] }, 'Hello'],
    [
      'parts that hold no text',
      {
        content: [
          { type: 'image_url', image_url: { url: 'data:,' } },
          { type: 'reasoning', text: 'hidden steps' },
        ],
      },
      '',
    ],
    ['a structured refusal', { role: 'assistant', content: null, refusal: "I'm sorry, I can't help with that." }, "I'm sorry, I can't help with that."],
    ['content beside a refusal', { content: 'Here it is.', refusal: 'ignored' }, 'Here it is.'],
    ['content of another type', { content: 42 }, ''],
    ['no message at all', undefined, ''],
    ['a streamed delta', { content: 'Hel' }, 'Hel'],
  ])('reads %s', (_, message, text) => {
    expect(answerText(message)).toBe(text)
  })
})
