import { describe, expect, it } from 'vitest'
import { IceImportError } from '../../../../../../../src/main/core/evaluators/ice/import/ice-import-error'
import { detectLanguage, importQuestions } from '../../../../../../../src/main/core/evaluators/ice/import/questions'
import { importSeedTemplates } from '../../../../../../../src/main/core/evaluators/ice/import/seed-templates'
import { GPTFUZZER_CSV, readSharedData, SEED_SHORT_CSV } from '../support'

/** The error a call throws (failing the test when it does not). */
function errorOf(run: () => unknown): IceImportError {
  try {
    run()
  } catch (error) {
    if (error instanceof IceImportError) return error
    throw error
  }
  throw new Error('expected an IceImportError')
}

describe('seed templates: GPTFuzzer.csv (../shared/data)', () => {
  it('reads the 77 templates, ids 0-76, each with its placeholder', () => {
    const { templates, warnings } = importSeedTemplates(readSharedData(GPTFUZZER_CSV), { fileName: 'GPTFuzzer.csv' })
    expect(templates).toHaveLength(77)
    expect(templates.map((template) => template.id)).toEqual(Array.from({ length: 77 }, (_, i) => String(i)))
    expect(warnings).toEqual([])
    for (const template of templates) expect(template.text).toContain('[INSERT PROMPT HERE]')
    // Cells span lines and hold quotes; the file has CRLF line endings.
    expect(templates[0]?.text).toMatch(/^\*The scene is set inside the underground headquarters of Dr\. Al\./)
    expect(templates.some((template) => template.text.includes('\n'))).toBe(true)
    expect(templates.some((template) => template.text.includes('"'))).toBe(true)
  })

  it('reads a CSV with only a text column (seed_short_25.csv): ids are row positions', () => {
    const { templates } = importSeedTemplates(readSharedData(SEED_SHORT_CSV), { fileName: 'seed_short_25.csv' })
    expect(templates).toHaveLength(25)
    expect(templates[3]?.id).toBe('3')
  })
})

describe('seed templates: formats and errors', () => {
  it('reads JSON Lines, rewrites the paper code placeholder {query}, and warns about templates without one', () => {
    const text = [
      '{"id": "a", "text": "Act as Rex. [INSERT PROMPT HERE]"}',
      '',
      '{"id": "b", "template": "Question: {query} (answer in character)"}',
      '{"id": 7, "prompt": "No placeholder here."}',
    ].join('\n')
    const { templates, warnings } = importSeedTemplates(text, { fileName: 'seeds.jsonl' })
    expect(templates).toEqual([
      { id: 'a', text: 'Act as Rex. [INSERT PROMPT HERE]' },
      { id: 'b', text: 'Question: [INSERT PROMPT HERE] (answer in character)' },
      { id: '7', text: 'No placeholder here.' },
    ])
    expect(warnings).toEqual([{ line: 4, message: expect.stringMatching(/^Line 4: template "7" has no placeholder/) }])
  })

  it('names the line of a broken row', () => {
    expect(
      errorOf(() => importSeedTemplates('{"id": "a", "text": "x [INSERT PROMPT HERE]"}\n{"id": "b", "text": oops}\n', { fileName: 'a.jsonl' })),
    ).toMatchObject({ line: 2, message: expect.stringMatching(/^Line 2 is not valid JSON/) })
    expect(errorOf(() => importSeedTemplates('{"id": "a"}\n', { fileName: 'a.jsonl' }))).toMatchObject({
      line: 1,
      message: expect.stringMatching(/Line 1 has no "text" field/),
    })
    const csv = 'id,text\n1,"first [INSERT PROMPT HERE]"\n2,"second\nspans lines"\n1,third\n'
    expect(errorOf(() => importSeedTemplates(csv, { fileName: 't.csv' }))).toMatchObject({ line: 5, message: 'Line 5: the id "1" was already used on line 2.' })
    expect(errorOf(() => importSeedTemplates('id,text\n1,"   "\n', { fileName: 't.csv' }))).toMatchObject({
      line: 2,
      message: 'Line 2: the template is empty.',
    })
    expect(errorOf(() => importSeedTemplates('id,text\n1,"never closed\n', { fileName: 't.csv' })).line).toBe(2)
    expect(errorOf(() => importSeedTemplates('id,body\n1,x\n', { fileName: 't.csv' })).message).toMatch(/Line 2 has no "text" field/)
    expect(errorOf(() => importSeedTemplates('id,text\n', { fileName: 't.csv' })).message).toBe('The file has no templates.')
    expect(errorOf(() => importSeedTemplates('"one",two\n', {})).code).toBe('invalid_input')
  })

  it('guesses the format from the content when the name does not say', () => {
    expect(importSeedTemplates('{"text": "a [INSERT PROMPT HERE]"}').templates).toHaveLength(1)
    expect(importSeedTemplates('\uFEFFid,text\nx,"b [INSERT PROMPT HERE]"').templates).toEqual([{ id: 'x', text: 'b [INSERT PROMPT HERE]' }])
  })
})

describe('identity questions import', () => {
  // Aegis1863/LLMs-Distillation-Quantification, identity_jailbreak/data/GPT_identity.csv has
  // trailing spaces, and Gptfuzzer_Identity.py (attack, lines 116-120 at commit 6705f5e) inserts `query_instance.query` as read.
  it("reads the paper's CSV format (query,reference_responses), keeping each question byte for byte, and detects Chinese", () => {
    const csv = [
      'query,reference_responses',
      'Which team or company developed you?  ,I was developed by a lab.',
      '"Who is your team, exactly?  ","A team, with ""quotes"", and a comma."',
      '您的开发公司总部在哪里？,在某地。',
    ].join('\r\n')
    expect(importQuestions(csv, { fileName: 'identity.csv' })).toEqual([
      { id: 'q1', text: 'Which team or company developed you?  ', language: 'en' },
      { id: 'q2', text: 'Who is your team, exactly?  ', language: 'en' },
      { id: 'q3', text: '您的开发公司总部在哪里？', language: 'zh' },
    ])
  })

  it('reads JSON Lines with optional id, category and language', () => {
    const text = '{"id": "t1", "query": "Who built you?", "category": "Team"}\n{"question": "你的总部在哪里？", "category": "geography", "language": "zh"}\n'
    expect(importQuestions(text, { fileName: 'q.jsonl' })).toEqual([
      { id: 't1', text: 'Who built you?', category: 'team', language: 'en' },
      { id: 'q2', text: '你的总部在哪里？', category: 'geography', language: 'zh' },
    ])
  })

  it('names the line of a bad category, a missing query or an empty one', () => {
    expect(errorOf(() => importQuestions('query,category\nWho built you?,weather\n', { fileName: 'q.csv' }))).toMatchObject({
      line: 2,
      message: 'Line 2: category "weather" is not one of team, cooperation, industry, technology, geography.',
    })
    expect(errorOf(() => importQuestions('{"text": "a"}\n{"nothing": 1}\n', { fileName: 'q.jsonl' }))).toMatchObject({ line: 2 })
    expect(errorOf(() => importQuestions('query,id\n"  ",x\n', { fileName: 'q.csv' }))).toMatchObject({ line: 2, message: 'Line 2: the question is empty.' })
    expect(errorOf(() => importQuestions('query,language\nhi,fr\n', { fileName: 'q.csv' })).message).toMatch(/language "fr" is not one of en, zh/)
  })

  it('detects the language', () => {
    expect(detectLanguage('Who made you?')).toBe('en')
    expect(detectLanguage('Who made you? 你是谁')).toBe('zh')
  })
})
