import { describe, expect, it } from 'vitest'
import { normaliseBaseUrl } from '../../../src/shared/providers/base-url'
import { PRESETS, PRESET_IDS } from '../../../src/shared/providers/presets'

const ok = (kind: 'openai' | 'anthropic', input: string) => {
  const result = normaliseBaseUrl(kind, input)
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('base URL normalisation', () => {
  it('accepts OpenAI-style URLs with or without /v1 and trailing slashes, and shows the exact endpoint', () => {
    expect(ok('openai', 'https://api.openai.com').baseURL).toBe('https://api.openai.com/v1')
    expect(ok('openai', 'https://api.openai.com/v1/').baseURL).toBe('https://api.openai.com/v1')
    expect(ok('openai', ' https://api.openai.com/v1/// ').endpoint).toBe('https://api.openai.com/v1/chat/completions')
    expect(ok('openai', 'https://api.openai.com/v1/chat/completions').baseURL).toBe('https://api.openai.com/v1')
  })

  it('keeps the paths of services that do not use /v1', () => {
    expect(ok('openai', 'https://open.bigmodel.cn/api/paas/v4/').baseURL).toBe('https://open.bigmodel.cn/api/paas/v4')
    expect(ok('openai', 'https://ark.cn-beijing.volces.com/api/v3').endpoint).toBe('https://ark.cn-beijing.volces.com/api/v3/chat/completions')
    expect(ok('openai', 'https://generativelanguage.googleapis.com/v1beta/openai/').baseURL).toBe('https://generativelanguage.googleapis.com/v1beta/openai')
  })

  it('gives the Anthropic SDK a base without /v1, since it adds /v1/messages itself', () => {
    expect(ok('anthropic', 'https://api.anthropic.com').endpoint).toBe('https://api.anthropic.com/v1/messages')
    expect(ok('anthropic', 'https://api.anthropic.com/v1/').baseURL).toBe('https://api.anthropic.com')
    expect(ok('anthropic', 'https://api.anthropic.com/v1/messages').baseURL).toBe('https://api.anthropic.com')
    expect(ok('anthropic', 'https://gateway.example/anthropic').baseURL).toBe('https://gateway.example/anthropic')
  })

  it('refuses what cannot be called, saying why', () => {
    for (const input of ['', 'api.openai.com', 'ftp://x.example', 'https://user:pw@x.example/v1', 'https://x.example/v1?key=1', 'https://']) {
      const result = normaliseBaseUrl('openai', input)
      expect(result.ok, input).toBe(false)
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10)
    }
  })

  it('warns about plain http to another machine but not to this one', () => {
    expect(ok('openai', 'http://gpu-box.lan:8000/v1').warning).toMatch(/unencrypted/)
    expect(ok('openai', 'http://localhost:11434/v1').warning).toBeUndefined()
    expect(ok('openai', 'http://127.0.0.1:8000').warning).toBeUndefined()
  })

  it('has a valid default URL for every preset that ships one', () => {
    expect(PRESETS.map((preset) => preset.id).sort()).toEqual([...PRESET_IDS].sort())
    for (const preset of PRESETS.filter((candidate) => candidate.baseURL !== '')) {
      expect(ok(preset.kind, preset.baseURL).baseURL, preset.id).toBe(preset.baseURL)
    }
  })
})
