import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../../src/renderer/src/lib/api'
import {
  applyPreset,
  groupPresets,
  headerRowErrors,
  providerDefaults,
  providerErrorsFrom,
  providerToValues,
  toProviderChanges,
  toProviderInput,
  type ProviderFormValues,
} from '../../../../../src/renderer/src/lib/providers/provider-form'
import { MAX_SERVER_CAP, MAX_TIMEOUT_SECONDS, MIN_TIMEOUT_SECONDS, validateProvider } from '../../../../../src/renderer/src/lib/providers/provider-validation'
import { serverCapDescription, serverCapText } from '../../../../../src/renderer/src/lib/providers/server-cap'
import { providerInputSchema, type Provider } from '../../../../../src/shared/contract/providers'
import { PRESETS, presetById, type ProviderPreset } from '../../../../../src/shared/providers/presets'

const custom = presetById('custom')
const openai = presetById('openai')

function provider(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'p1',
    name: 'My gateway',
    preset: 'custom',
    kind: 'openai',
    baseURL: 'https://gateway.example.com/v1',
    headers: { 'X-Team': 'research' },
    timeoutMs: 90_000,
    endpoint: 'https://gateway.example.com/v1/chat/completions',
    key: { configured: true, last4: 'abcd', source: 'store' },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  }
}

describe('providerDefaults', () => {
  it('fills the form from a preset, with its key variable', () => {
    expect(providerDefaults(openai)).toEqual({
      preset: 'openai',
      name: 'OpenAI',
      kind: 'openai',
      baseURL: 'https://api.openai.com/v1',
      headers: [],
      timeoutSeconds: 120,
      proxy: '',
      apiKeyEnv: 'OPENAI_API_KEY',
      serverCap: '',
    })
  })

  it('gives Custom a name and an empty base URL', () => {
    expect(providerDefaults(custom)).toMatchObject({ name: 'Custom provider', baseURL: '', apiKeyEnv: '' })
  })
})

describe('applyPreset', () => {
  it('follows the new preset where the person changed nothing', () => {
    const next = applyPreset(providerDefaults(openai), PRESETS, 'anthropic')
    expect(next).toMatchObject({
      preset: 'anthropic',
      kind: 'anthropic',
      name: 'Anthropic',
      baseURL: 'https://api.anthropic.com',
      apiKeyEnv: 'ANTHROPIC_API_KEY',
    })
  })

  it('keeps what the person typed', () => {
    const edited: ProviderFormValues = { ...providerDefaults(openai), name: 'Work account', baseURL: 'https://eu.api.example.com/v1', apiKeyEnv: 'WORK_KEY' }
    expect(applyPreset(edited, PRESETS, 'deepseek')).toMatchObject({
      preset: 'deepseek',
      name: 'Work account',
      baseURL: 'https://eu.api.example.com/v1',
      apiKeyEnv: 'WORK_KEY',
    })
  })

  it('refills fields that were emptied', () => {
    const emptied: ProviderFormValues = { ...providerDefaults(custom), name: ' ', baseURL: '' }
    expect(applyPreset(emptied, PRESETS, 'groq')).toMatchObject({ name: 'Groq', baseURL: 'https://api.groq.com/openai/v1', apiKeyEnv: 'GROQ_API_KEY' })
  })

  it('ignores an unknown preset id', () => {
    const values = providerDefaults(openai)
    expect(
      applyPreset(
        values,
        PRESETS.filter((preset) => preset.id !== 'xai'),
        'xai',
      ),
    ).toBe(values)
  })
})

/** What the form's submit does: check with the contract's schema, then build the create input and the update. */
function submitted(values: ProviderFormValues, original?: Provider) {
  const errors = validateProvider(values)
  if (Object.keys(errors).length > 0) return { ok: false as const, errors }
  const input = toProviderInput(values)
  return { ok: true as const, input, changes: toProviderChanges(input, original) }
}

describe('validateProvider and toProviderInput', () => {
  it('builds what the contract accepts for a Custom provider with headers', () => {
    const values: ProviderFormValues = {
      ...providerDefaults(custom),
      name: '  My gateway ',
      baseURL: ' https://gateway.example.com/v1 ',
      kind: 'anthropic',
      headers: [
        { id: 1, name: 'X-Team', value: 'research' },
        { id: 2, name: '', value: '' },
      ],
      timeoutSeconds: 45,
      proxy: ' http://proxy.example.com:8080 ',
      apiKeyEnv: 'GATEWAY_KEY',
    }
    const result = submitted(values)
    const expected = {
      name: 'My gateway',
      preset: 'custom',
      kind: 'anthropic',
      baseURL: 'https://gateway.example.com/v1',
      headers: { 'X-Team': 'research' },
      timeoutMs: 45_000,
      proxy: 'http://proxy.example.com:8080',
      apiKeyEnv: 'GATEWAY_KEY',
    }
    expect(result).toEqual({ ok: true, input: expected, changes: expected })
    if (result.ok) expect(providerInputSchema.safeParse(result.input).success).toBe(true)
  })

  it('leaves out an empty proxy and variable name', () => {
    const result = submitted({ ...providerDefaults(custom), baseURL: 'https://x.example.com', apiKeyEnv: ' ' })
    expect(result.ok && result.input).not.toHaveProperty('proxy')
    expect(result.ok && result.input).not.toHaveProperty('apiKeyEnv')
  })

  it('sends no address, proxy or variable for the Offline demo', () => {
    const values: ProviderFormValues = { ...providerDefaults(presetById('simulator')), baseURL: 'https://left.over', proxy: 'http://p', apiKeyEnv: 'X' }
    const expected = { name: 'Offline demo (simulated)', preset: 'simulator', kind: 'openai', baseURL: '', headers: {}, timeoutMs: 120_000 }
    expect(submitted(values)).toEqual({ ok: true, input: expected, changes: expected })
  })

  it.each([
    ['', 'Enter a timeout in seconds (120 is the usual choice)'],
    ['abc', 'Enter a number of seconds'],
    [0, 'Use a timeout from 1 to 1800 seconds (30 minutes)'],
    [1801, 'Use a timeout from 1 to 1800 seconds (30 minutes)'],
  ] as const)('refuses a timeout of %j', (timeoutSeconds, message) => {
    expect(validateProvider({ ...providerDefaults(openai), timeoutSeconds })).toEqual({ timeoutSeconds: message })
  })

  it('accepts the timeout bounds the contract sets, 1 and 1800 seconds', () => {
    expect(MIN_TIMEOUT_SECONDS).toBe(1)
    expect(MAX_TIMEOUT_SECONDS).toBe(1800)
    expect(validateProvider({ ...providerDefaults(openai), timeoutSeconds: 1 })).toEqual({})
    expect(validateProvider({ ...providerDefaults(openai), timeoutSeconds: '1800' })).toEqual({})
  })

  it('reports header problems on their rows and on the headers field', () => {
    const errors = validateProvider({ ...providerDefaults(openai), headers: [{ id: 4, name: 'Authorization', value: 'Bearer x' }] })
    expect(errors).toEqual({ headers: 'Check the custom headers', 'headerRows.4.name': expect.stringMatching(/API key field/) })
    expect(headerRowErrors(errors)).toEqual({ 4: { name: expect.stringMatching(/API key field/) } })
  })

  it('puts a header row error on its value too', () => {
    const errors = validateProvider({ ...providerDefaults(openai), headers: [{ id: 2, name: 'X Team', value: 'a\nb' }] })
    expect(headerRowErrors(errors)).toEqual({ 2: { name: expect.stringMatching(/letters, digits and dashes/), value: 'A header value must be on one line' } })
  })

  it("shows the contract's messages for the name, the key variable and the proxy", () => {
    expect(validateProvider({ ...providerDefaults(openai), name: '  ' })).toEqual({ name: 'Give the provider a name' })
    expect(validateProvider({ ...providerDefaults(openai), apiKeyEnv: 'my key' })).toEqual({ apiKeyEnv: expect.stringMatching(/^Use capital letters/) })
    expect(validateProvider({ ...providerDefaults(openai), apiKeyEnv: 'DISTILLSCOPE_KEY' })).toEqual({ apiKeyEnv: expect.stringMatching(/reserved/) })
    expect(validateProvider({ ...providerDefaults(openai), proxy: 'ftp://proxy' })).toHaveProperty('proxy')
  })

  it('clears a saved proxy or variable emptied in the form, in the update only', () => {
    const saved = provider({ proxy: 'http://proxy.example.com:8080', apiKeyEnv: 'GATEWAY_KEY' })
    const result = submitted({ ...providerToValues(saved), proxy: '', apiKeyEnv: '' }, saved)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.changes).toMatchObject({ proxy: null, apiKeyEnv: null })
    expect(result.input).not.toHaveProperty('proxy')
    expect(result.input).not.toHaveProperty('apiKeyEnv')
    const untouched = submitted({ ...providerToValues(saved), proxy: '', apiKeyEnv: '' })
    expect(untouched.ok && untouched.changes).not.toHaveProperty('proxy')
  })

  it('round-trips a saved provider unchanged', () => {
    const saved = provider({ proxy: 'http://proxy.example.com:8080', apiKeyEnv: 'GATEWAY_KEY' })
    const expected = {
      name: saved.name,
      preset: saved.preset,
      kind: saved.kind,
      baseURL: saved.baseURL,
      headers: saved.headers,
      timeoutMs: saved.timeoutMs,
      proxy: saved.proxy,
      apiKeyEnv: saved.apiKeyEnv,
    }
    expect(submitted(providerToValues(saved), saved)).toEqual({ ok: true, input: expected, changes: expected })
  })
})

describe('providerErrorsFrom', () => {
  it('maps create and update issue paths to the form fields', () => {
    const error = new ApiError('invalid_input', 'Invalid input', [
      { path: 'changes.timeoutMs', message: 'Too small' },
      { path: 'headers.X Team', message: 'A header name uses letters, digits and dashes only' },
      { path: 'apiKeyEnv', message: 'Use capital letters' },
      { path: 'baseURL', message: 'The base URL must start with https://' },
    ])
    expect(providerErrorsFrom(error).fields).toEqual({
      timeoutSeconds: 'Too small',
      headers: 'A header name uses letters, digits and dashes only',
      apiKeyEnv: 'Use capital letters',
      baseURL: 'The base URL must start with https://',
    })
  })
})

describe('groupPresets', () => {
  it('lists every preset exactly once, the Offline demo first and Custom last', () => {
    const groups = groupPresets(PRESETS)
    const ids = groups.flatMap((group) => group.presets.map((preset) => preset.id))
    expect([...ids].sort()).toEqual(PRESETS.map((preset) => preset.id).sort())
    expect(ids[0]).toBe('simulator')
    expect(ids.at(-1)).toBe('custom')
  })

  it('puts a preset it does not know under "Other services" and drops empty groups', () => {
    const future = { ...openai, id: 'future' } as unknown as ProviderPreset
    const groups = groupPresets([openai, future])
    expect(groups.map((group) => group.group)).toEqual(['Cloud services', 'Other services'])
    expect(groups[1]?.presets).toEqual([future])
  })
})

describe("a provider's cap on requests at once to its server (issue 17 item 5)", () => {
  it('sends a cap that is set, none when empty, and clears a saved one that was emptied', () => {
    const values = { ...providerToValues(provider()), serverCap: 4 }
    const built = submitted(values)
    expect(built.ok && built.input.maxConcurrent).toBe(4)
    expect(built.ok && providerInputSchema.parse(built.input).maxConcurrent).toBe(4)
    const none = submitted({ ...values, serverCap: '' })
    expect(none.ok && 'maxConcurrent' in none.input).toBe(false)
    const cleared = submitted({ ...values, serverCap: '' }, provider({ maxConcurrent: 4 }))
    expect(cleared.ok && cleared.changes.maxConcurrent).toBeNull()
    expect(providerToValues(provider({ maxConcurrent: 6 })).serverCap).toBe(6)
  })

  it.each([
    [0, 'Use a number from 1 to 256, or leave it empty'],
    [257, 'Use a number from 1 to 256, or leave it empty'],
    [2.5, 'Enter a whole number of requests, or leave it empty'],
    ['many', 'Enter a whole number of requests, or leave it empty'],
  ])('refuses %s with a message on the field', (cap, message) => {
    expect(validateProvider({ ...providerToValues(provider()), serverCap: cap })).toEqual({ serverCap: message })
  })

  it('accepts the bounds the contract sets, 1 and 256', () => {
    expect(MAX_SERVER_CAP).toBe(256)
    expect(validateProvider({ ...providerToValues(provider()), serverCap: 1 })).toEqual({})
    expect(validateProvider({ ...providerToValues(provider()), serverCap: '256' })).toEqual({})
  })

  it("says which cap applies: the provider's own, else a local server's default, else none", () => {
    expect(serverCapText(2, presetById('ollama'))).toBe('At most 2 requests at once to this server')
    expect(serverCapText(undefined, presetById('ollama'))).toMatch(/At most 4 requests at once .*Ollama/)
    expect(serverCapText(undefined, openai)).toBeUndefined()
    expect(serverCapDescription(presetById('vllm'))).toMatch(/Leave empty for 8/)
    expect(serverCapDescription(openai)).toMatch(/no cap/)
  })

  it('the server error for the cap lands on its field', () => {
    const errors = providerErrorsFrom(new ApiError('invalid_input', 'Too big', [{ path: 'changes.maxConcurrent', message: 'Too big' }]))
    expect(errors.fields.serverCap).toBe('Too big')
  })
})
