import { describe, expect, it } from 'vitest'
import { ALIAS_MAX_LENGTH, ALIAS_PATTERN, aliasFromName, deriveAliases } from '../../../../src/renderer/src/features/runs/aliases'

describe('aliasFromName', () => {
  it('keeps letters, digits, _ . - and folds everything else into _', () => {
    expect(aliasFromName('GPT-4o mini')).toBe('GPT-4o_mini')
    expect(aliasFromName('Offline demo reference (simulated)')).toBe('Offline_demo_reference_simulated')
    expect(aliasFromName('claude-3.5-sonnet')).toBe('claude-3.5-sonnet')
    expect(aliasFromName('  a  /  b  ')).toBe('a_b')
  })

  it('drops accents and refuses nothing: a name of symbols becomes "model"', () => {
    expect(aliasFromName('Modèle élève')).toBe('Modele_eleve')
    expect(aliasFromName('通义千问')).toBe('model')
    expect(aliasFromName('---')).toBe('model')
    expect(aliasFromName('')).toBe('model')
  })

  it('cuts at 40 characters without a trailing separator', () => {
    const alias = aliasFromName(`${'a'.repeat(39)} b c`)
    expect(alias.length).toBeLessThanOrEqual(ALIAS_MAX_LENGTH)
    expect(alias).toBe('a'.repeat(39))
    expect(ALIAS_PATTERN.test(aliasFromName('x'.repeat(100)))).toBe(true)
  })
})

describe('deriveAliases', () => {
  it('gives one alias per model, the same model twice keeping its alias', () => {
    const aliases = deriveAliases([
      { id: 'm1', name: 'GPT-4o' },
      { id: 'm2', name: 'Qwen Max' },
      { id: 'm1', name: 'GPT-4o' },
    ])
    expect([...aliases.entries()]).toEqual([
      ['m1', 'GPT-4o'],
      ['m2', 'Qwen_Max'],
    ])
  })

  it('makes clashing names unique, ignoring case, the first keeping the plain name', () => {
    const aliases = deriveAliases([
      { id: 'a', name: 'Student' },
      { id: 'b', name: 'student' },
      { id: 'c', name: 'Student!' },
      { id: 'd', name: 'Student_2' },
    ])
    expect(aliases.get('a')).toBe('Student')
    expect(aliases.get('b')).toBe('student_2')
    expect(aliases.get('c')).toBe('Student_3')
    expect(aliases.get('d')).toBe('Student_2_2')
    expect(new Set([...aliases.values()].map((alias) => alias.toLowerCase())).size).toBe(4)
  })

  it('keeps suffixed aliases within 40 characters', () => {
    const long = 'x'.repeat(60)
    const aliases = deriveAliases([
      { id: 'a', name: long },
      { id: 'b', name: long },
    ])
    expect(aliases.get('b')).toBe(`${'x'.repeat(38)}_2`)
    for (const alias of aliases.values()) expect(ALIAS_PATTERN.test(alias)).toBe(true)
  })
})
