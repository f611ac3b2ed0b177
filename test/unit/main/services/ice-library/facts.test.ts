import { describe, expect, it } from 'vitest'
import { builtinIdentityFacts } from '../../../../../src/main/core/evaluators/ice/data/builtin-data'
import { createIdentityFactsRepo } from '../../../../../src/main/storage/repos/identity-facts'
import type { IceDefaults, IdentityFactView } from '../../../../../src/shared/contract/ice-library'
import { failure, useIceLibrary } from './support'

const open = useIceLibrary()
const factEvents = (emitted: { event: string; payload: unknown }[]) =>
  emitted.filter((entry) => entry.event === 'ice.changed' && (entry.payload as { what: string }).what === 'facts')

describe('identity facts', () => {
  it('lists the built-ins as shipped, unedited', async () => {
    const { call } = open()
    const facts = await call<IdentityFactView[]>('ice.facts.list')
    expect(facts.map((fact) => fact.id)).toEqual(builtinIdentityFacts().map((fact) => fact.id))
    expect(facts.every((fact) => fact.builtin && !fact.edited)).toBe(true)
    expect(facts.find((fact) => fact.id === 'openai')).toMatchObject({ vendor: 'OpenAI', series: ['ChatGPT', 'GPT'], keywords: ['gpt', 'openai'] })
  })

  it('updated shipped facts reach every unedited built-in with no migration, and leave a fact the user edited alone (issue 15 item 2)', async () => {
    // Built-in facts live in resources/ice/identity-facts.json; the database holds only the
    // person's versions (saving the shipped text back deletes the row). So a new release's facts
    // show at once, and a row written under an older release, with that release's text, stays theirs.
    const { call, db } = open()
    const olderRelease = {
      id: 'meta',
      vendor: 'Meta',
      series: ['Llama'],
      keywords: ['llama', 'meta ai'],
      fact: 'I am a Llama model, a large language model that Meta developed and released.',
    }
    createIdentityFactsRepo(db).put(olderRelease)
    const facts = await call<IdentityFactView[]>('ice.facts.list')
    expect(facts.find((fact) => fact.id === 'meta')).toEqual({ ...olderRelease, builtin: true, edited: true })
    const alibaba = facts.find((fact) => fact.id === 'alibaba')!
    expect(alibaba).toMatchObject({
      edited: false,
      fact: expect.stringMatching(/Hangzhou, China/),
      paperForm: expect.stringMatching(/^I am Qwen, .*\. Alibaba Cloud .*Hangzhou\.$/),
    })
    for (const fact of facts.filter((candidate) => candidate.id !== 'meta' && candidate.id !== 'simulator')) expect(fact.paperForm, fact.id).toBeDefined()
  })

  it('edits a built-in as an override, resets it, and announces each change', async () => {
    const { call, service, emitted } = open()
    const alibaba = service.factFor('alibaba')!
    const edited = await call<IdentityFactView>('ice.facts.save', {
      id: 'alibaba',
      vendor: 'Alibaba',
      series: ['Qwen', 'QwQ', 'qwen'],
      keywords: ['Qwen', 'alibaba', 'QWEN'],
      fact: '  I am Qwen, made by Alibaba Cloud.  ',
    })
    expect(edited).toEqual({
      id: 'alibaba',
      vendor: 'Alibaba',
      series: ['Qwen', 'QwQ'],
      keywords: ['qwen', 'alibaba'],
      fact: 'I am Qwen, made by Alibaba Cloud.',
      builtin: true,
      edited: true,
    })
    expect(service.factFor('ALIBABA')).toEqual(edited)
    expect((await call<IdentityFactView[]>('ice.facts.list')).filter((fact) => fact.id === 'alibaba')).toEqual([edited])
    expect(factEvents(emitted)).toHaveLength(1)

    expect(await call('ice.facts.reset', { id: 'alibaba' })).toEqual({ removed: true })
    expect(service.factFor('alibaba')).toEqual(alibaba)
    expect(factEvents(emitted)).toHaveLength(2)
    // Nothing left to reset: nothing changes and nothing is announced.
    expect(await call('ice.facts.reset', { id: 'alibaba' })).toEqual({ removed: false })
    expect(factEvents(emitted)).toHaveLength(2)
  })

  it('treats saving a built-in back to its shipped text as a reset', async () => {
    const { call, service, db } = open()
    const shipped = service.factFor('anthropic')!
    await call('ice.facts.save', { id: 'anthropic', vendor: 'Anthropic', series: ['Claude'], keywords: ['claude'], fact: shipped.fact })
    const back = await call<IdentityFactView>('ice.facts.save', {
      id: 'anthropic',
      vendor: shipped.vendor,
      series: shipped.series,
      keywords: shipped.keywords,
      fact: shipped.fact,
    })
    expect(back).toEqual(shipped)
    expect(db.prepare('SELECT COUNT(*) AS n FROM identity_facts').get()).toEqual({ n: 0 })
  })

  it('adds a fact with a fresh id after the built-ins, found by vendor or id in any case', async () => {
    const { call, service } = open()
    const added = await call<IdentityFactView>('ice.facts.save', {
      vendor: 'Acme AI',
      series: ['Roadrunner'],
      keywords: [],
      fact: 'I am Roadrunner, built by Acme AI.',
    })
    expect(added).toMatchObject({ id: expect.stringMatching(/^fact_/), vendor: 'Acme AI', builtin: false, edited: false })
    // No keyword given: the vendor's name, so hard never loses its only test.
    expect(added.keywords).toEqual(['acme ai'])
    expect((await call<IdentityFactView[]>('ice.facts.list')).at(-1)).toEqual(added)
    expect(service.factFor('acme ai')).toEqual(added)
    expect(service.factFor(added.id.toUpperCase())).toEqual(added)
    expect(service.factFor('Nobody')).toBeUndefined()

    const changed = await call<IdentityFactView>('ice.facts.save', {
      id: added.id,
      vendor: 'Acme AI',
      series: [],
      keywords: ['acme'],
      fact: 'I am made by Acme AI.',
    })
    expect(changed).toMatchObject({ id: added.id, keywords: ['acme'], fact: 'I am made by Acme AI.' })
    expect(await call('ice.facts.reset', { id: added.id })).toEqual({ removed: true })
    expect(service.factFor(added.id)).toBeUndefined()
  })

  it('keeps one fact per vendor, and says so', async () => {
    const { call, emitted } = open()
    const error = await failure(call('ice.facts.save', { vendor: 'openai', series: [], keywords: ['x'], fact: 'I am something else.' }))
    expect(error).toMatchObject({ code: 'conflict', message: 'There is already an identity fact for OpenAI. Edit that one instead of adding another.' })
    const renamed = await failure(call('ice.facts.save', { id: 'google', vendor: 'Anthropic', series: [], keywords: ['x'], fact: 'I am Gemini.' }))
    expect(renamed.code).toBe('conflict')
    expect(emitted).toEqual([])
  })

  it('refuses unknown ids and invalid input, changing nothing', async () => {
    const { call, emitted } = open()
    expect(await failure(call('ice.facts.save', { id: 'fact_gone', vendor: 'Gone', series: [], keywords: [], fact: 'I was deleted.' }))).toMatchObject({
      code: 'not_found',
      message: 'There is no identity fact "fact_gone"; it may have been deleted.',
    })
    expect(await failure(call('ice.facts.reset', { id: 'fact_gone' }))).toMatchObject({ code: 'not_found' })
    // The route's schema, as the router applies it.
    await expect(call('ice.facts.save', { vendor: ' ', series: [], keywords: [], fact: 'x' })).rejects.toThrow(/Name the vendor/)
    await expect(call('ice.facts.save', { vendor: 'V', series: [], keywords: [''], fact: 'x' })).rejects.toThrow(/Each keyword needs some text/)
    expect(emitted).toEqual([])
  })
})

describe('ICE defaults', () => {
  it("are the paper's suspects, with hard's keywords following the (edited) facts", async () => {
    const { call } = open()
    expect(await call<IceDefaults>('ice.defaults')).toEqual({
      suspectedVendors: ['OpenAI', 'Anthropic'],
      hardKeywords: ['gpt', 'openai', 'claude', 'anthropic'],
    })
    await call('ice.facts.save', {
      id: 'openai',
      vendor: 'OpenAI',
      series: ['ChatGPT', 'GPT'],
      keywords: ['gpt', 'openai', 'chatgpt', 'claude'],
      fact: 'I am ChatGPT, made by OpenAI.',
    })
    expect((await call<IceDefaults>('ice.defaults')).hardKeywords).toEqual(['gpt', 'openai', 'chatgpt', 'claude', 'anthropic'])
  })
})
