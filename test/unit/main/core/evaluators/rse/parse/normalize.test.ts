import { describe, expect, it } from 'vitest'
import { parseRseJudgeReply } from '../../../../../../../src/main/core/evaluators/rse/judge-parser'
import { normalizeReply } from '../../../../../../../src/main/core/evaluators/rse/parse/normalize'
import { JUDGE_REPLY_CORPUS } from '../judge-replies.corpus'

const NOT_ASCII = /[\u0080-\uffff]/

describe('normalizeReply', () => {
  it('returns plain ASCII as it is', () => {
    const text = 'Overall: 4/5\n```json\n{"overall": 4}\n```'
    expect(normalizeReply(text)).toBe(text)
  })

  it('still normalises line endings in otherwise plain ASCII, and everything else', () => {
    expect(normalizeReply('Overall: 4\r\nStyle: 2\rContent: 1')).toBe('Overall: 4\nStyle: 2\nContent: 1')
    expect(normalizeReply('总体相似度：４／５')).toBe('总体相似度:4/5')
    expect(normalizeReply('“overall”: 四分')).toBe('"overall": 4分')
  })
})

describe('the plain-ASCII shortcut', () => {
  const plain = JUDGE_REPLY_CORPUS.filter((entry) => !NOT_ASCII.test(entry.reply))

  it('covers most of the corpus', () => {
    expect(plain.length).toBeGreaterThan(JUDGE_REPLY_CORPUS.length / 2)
  })

  // A trailing no-break space is blank to every reader but not ASCII, so the same reply takes the full normalisation.
  it.each(plain.map((entry) => [entry.name, entry.reply] as const))('reads "%s" as the full normalisation does', (_name, reply) => {
    expect(parseRseJudgeReply(reply)).toEqual(parseRseJudgeReply(`${reply}\n\u00a0`))
  })
})
