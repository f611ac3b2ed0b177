import { describe, expect, it } from 'vitest'
import { buildFactInput, cleanWords, factErrorsFrom, factToValues, resetWording } from '../../../../src/renderer/src/features/ice-library/fact-form'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { CHECK_FIELDS_MESSAGE } from '../../../../src/renderer/src/lib/forms'

const VALUES = {
  vendor: '  Alibaba Cloud ',
  series: ['Qwen', ' qwen ', '', 'Tongyi'],
  keywords: ['qwen', 'alibaba'],
  fact: ' I am a large language model built by Alibaba Cloud. ',
}

describe('cleanWords', () => {
  it('trims, drops empty entries and keeps each word once, ignoring capitals', () => {
    expect(cleanWords([' GPT', 'gpt', 'ChatGPT ', '  ', 'chatgpt'])).toEqual(['GPT', 'ChatGPT'])
  })
})

describe('buildFactInput', () => {
  it('sends a new fact without an id, trimmed and without repeated words', () => {
    expect(buildFactInput(VALUES)).toEqual({
      ok: true,
      input: {
        vendor: 'Alibaba Cloud',
        series: ['Qwen', 'Tongyi'],
        keywords: ['qwen', 'alibaba'],
        fact: 'I am a large language model built by Alibaba Cloud.',
      },
    })
  })

  it('sends the id when a fact is edited', () => {
    const built = buildFactInput(VALUES, 'alibaba')
    expect(built.ok && built.input.id).toBe('alibaba')
  })

  it('asks for a vendor and a fact, next to their fields', () => {
    const built = buildFactInput({ vendor: ' ', series: [], keywords: [], fact: '' })
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.errors.general).toBe(CHECK_FIELDS_MESSAGE)
    expect(built.errors.fields.vendor).toMatch(/Name the vendor/)
    expect(built.errors.fields.fact).toMatch(/first person/)
  })

  it('refuses too many or too long words, saying how many to remove', () => {
    const many = Array.from({ length: 52 }, (_, index) => `w${index}`)
    const built = buildFactInput({ ...VALUES, series: many, keywords: ['x'.repeat(81)] })
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.errors.fields.series).toBe('At most 50 series names; remove 2.')
    expect(built.errors.fields.keywords).toMatch(/longer than 80 characters/)
  })
})

describe('factErrorsFrom', () => {
  it('puts the backend’s messages next to the fields, a word’s issue on its list', () => {
    const error = new ApiError('invalid_input', 'Check the fact', [
      { path: 'series.2', message: 'Each series name needs some text' },
      { path: 'vendor', message: 'Name the vendor' },
    ])
    expect(factErrorsFrom(error)).toEqual({ fields: { series: 'Each series name needs some text', vendor: 'Name the vendor' }, general: CHECK_FIELDS_MESSAGE })
  })

  it('shows any other failure in the alert', () => {
    expect(factErrorsFrom(new ApiError('not_found', 'That fact no longer exists.'))).toEqual({ fields: {}, general: 'That fact no longer exists.' })
  })
})

describe('factToValues and resetWording', () => {
  const fact = { id: 'openai', vendor: 'OpenAI', series: ['ChatGPT'], keywords: ['gpt'], fact: 'I am ChatGPT.', builtin: true, edited: true }

  it('copies a fact into the form', () => {
    expect(factToValues(fact)).toEqual({ vendor: 'OpenAI', series: ['ChatGPT'], keywords: ['gpt'], fact: 'I am ChatGPT.' })
  })

  it('resets a built-in fact, deletes an added one', () => {
    expect(resetWording(fact)).toEqual({ title: 'Reset the fact for OpenAI?', confirm: 'Reset to the built-in fact' })
    expect(resetWording({ ...fact, builtin: false })).toEqual({ title: 'Delete the fact for OpenAI?', confirm: 'Delete fact' })
  })
})
