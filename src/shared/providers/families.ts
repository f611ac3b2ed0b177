/**
 * Which vendor family a model belongs to, from its model id, for the judge-affinity warnings
 * (judge-affinity.ts; METHOD.md section 3: a judge from the reference's own family may favour it).
 */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/(^|\/)(gpt|chatgpt|o[134](-|$)|text-davinci)/i, 'OpenAI'],
  [/claude/i, 'Anthropic'],
  [/gemini|gemma/i, 'Google'],
  [/llama/i, 'Meta'],
  [/qwen/i, 'Alibaba'],
  [/deepseek/i, 'DeepSeek'],
  [/glm|chatglm/i, 'Zhipu'],
  [/doubao/i, 'ByteDance'],
  [/mistral|mixtral|codestral/i, 'Mistral'],
  [/(^|\/)phi-?\d/i, 'Microsoft'],
  [/moonshot|kimi/i, 'Moonshot'],
  [/grok/i, 'xAI'],
]

export function vendorFamily(modelId: string): string | undefined {
  return FAMILIES.find(([pattern]) => pattern.test(modelId))?.[1]
}
