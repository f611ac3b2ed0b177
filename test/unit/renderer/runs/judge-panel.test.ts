import { describe, expect, it } from 'vitest'
import { familyRows, judgeFields, roleModels, withJudgeChoice } from '../../../../src/renderer/src/features/runs/judge-panel'
import { models } from './rse-fixtures'

describe('the judge panel of the wizards', () => {
  it('keeps the order ticked (the first is the lead judge) and at most five judges', () => {
    expect(withJudgeChoice([], ['b'])).toEqual(['b'])
    expect(withJudgeChoice(['b'], ['a', 'b'])).toEqual(['b', 'a'])
    expect(withJudgeChoice(['b', 'a'], ['a'])).toEqual(['a'])
    expect(withJudgeChoice(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('writes one judge as "judge", several as "judges", none as an empty judge the contract refuses', () => {
    expect(judgeFields(['j1'])).toEqual({ judge: 'j1' })
    expect(judgeFields(['j1', 'j2'])).toEqual({ judges: ['j1', 'j2'] })
    expect(judgeFields([])).toEqual({ judge: '' })
  })

  it('lists the chosen models’ vendor families by role, numbering a panel’s judges', () => {
    const rows = familyRows(models, [
      { role: 'Reference', ids: ['m-ref'] },
      { role: 'Student', ids: ['m-ds', 'gone'] },
      { role: 'Judge', ids: ['m-claude', 'm-mini'] },
    ])
    expect(rows).toEqual([
      { role: 'Reference', name: 'GPT-4o (2024-08-06)', model: 'gpt-4o-2024-08-06', family: 'OpenAI' },
      { role: 'Student', name: 'DeepSeek V3', model: 'deepseek-chat', family: 'DeepSeek' },
      { role: 'Judge 1', name: 'Claude', model: 'claude-3-5-sonnet-20241022', family: 'Anthropic' },
      { role: 'Judge 2', name: 'GPT-4o mini', model: 'gpt-4o-mini', family: 'OpenAI' },
    ])
    expect(familyRows(models, [{ role: 'Judge', ids: ['m-qwen'] }])).toEqual([{ role: 'Judge', name: 'Qwen Max', model: 'qwen-max', family: 'Alibaba' }])
    expect(familyRows([{ ...models[0]!, id: 'x', model: 'house-model' }], [{ role: 'Target', ids: ['x', ''] }])[0]?.family).toBe('unknown')
  })

  it('names the chosen models by their saved names for the affinity rule', () => {
    expect(roleModels(models, ['m-mini', 'gone'])).toEqual([{ alias: 'GPT-4o mini', model: 'gpt-4o-mini' }])
  })
})
