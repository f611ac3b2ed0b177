/**
 * Known model makers and their model series, for the targets (what a leaky model claims) and the
 * judges (who a text says made it). Aliases are matched as whole words, case-insensitively.
 */
export interface Vendor {
  readonly name: string
  /** Other names of the maker itself. */
  readonly makerAliases: readonly string[]
  /** Names of the maker's model series (a model calling itself one is claiming this maker). */
  readonly series: readonly string[]
}

export const VENDORS: readonly Vendor[] = [
  { name: 'OpenAI', makerAliases: ['openai', 'open ai'], series: ['chatgpt', 'gpt', 'gpt-3.5', 'gpt-4', 'gpt-4o', 'o1'] },
  { name: 'Anthropic', makerAliases: ['anthropic'], series: ['claude'] },
  { name: 'Google', makerAliases: ['google', 'google deepmind', 'deepmind', 'alphabet'], series: ['gemini', 'bard', 'palm', 'gemma'] },
  { name: 'Meta', makerAliases: ['meta', 'meta ai', 'facebook'], series: ['llama'] },
  { name: 'Alibaba', makerAliases: ['alibaba', 'alibaba cloud', 'alibaba group', '阿里巴巴', '阿里云'], series: ['qwen', 'tongyi', '通义千问'] },
  { name: 'DeepSeek', makerAliases: ['deepseek', '深度求索'], series: ['deepseek-v3', 'deepseek-r1'] },
  { name: 'Zhipu', makerAliases: ['zhipu', 'zhipu ai', '智谱'], series: ['glm', 'chatglm'] },
  { name: 'ByteDance', makerAliases: ['bytedance', '字节跳动'], series: ['doubao', '豆包'] },
  { name: 'Mistral', makerAliases: ['mistral ai', 'mistral'], series: ['mixtral', 'mistral-large'] },
  { name: 'Microsoft', makerAliases: ['microsoft'], series: ['phi', 'copilot'] },
  { name: 'Moonshot', makerAliases: ['moonshot', 'moonshot ai', '月之暗面'], series: ['kimi'] },
  { name: 'xAI', makerAliases: ['xai'], series: ['grok'] },
]

/** Whole-word (or, for CJK, substring) occurrence of `alias` in `text`, case-insensitive. */
export function mentions(text: string, alias: string): boolean {
  const lower = text.toLowerCase()
  if (/[^ -~]/.test(alias)) return lower.includes(alias)
  const escaped = alias.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower)
}

/** The known vendors a text names, by maker or by series. */
export function vendorsNamedIn(text: string): Vendor[] {
  return VENDORS.filter((vendor) => [...vendor.makerAliases, ...vendor.series].some((alias) => mentions(text, alias)))
}

/** The vendor an entry of a `<suspected_vendors>` list means, or a bare vendor for unknown names. */
export function vendorByName(name: string): Vendor {
  const wanted = name.trim().toLowerCase()
  const known = VENDORS.find((vendor) => vendor.name.toLowerCase() === wanted || vendor.makerAliases.includes(wanted) || vendor.series.includes(wanted))
  return known ?? { name: name.trim(), makerAliases: [wanted], series: [] }
}
