/**
 * Provider presets: the wire protocol, the default base URL and a short help text for each service
 * the paper evaluated (and the usual local servers). Every OpenAI-compatible service goes through
 * the official `openai` SDK; Anthropic through `@anthropic-ai/sdk`.
 */
export type ProviderKind = 'openai' | 'anthropic'

export const PRESET_IDS = [
  'simulator',
  'openai',
  'anthropic',
  'gemini',
  'deepseek',
  'qwen',
  'glm',
  'doubao',
  'moonshot',
  'mistral',
  'xai',
  'openrouter',
  'together',
  'groq',
  'ollama',
  'lmstudio',
  'vllm',
  'custom',
] as const

export type PresetId = (typeof PRESET_IDS)[number]

export interface ProviderPreset {
  readonly id: PresetId
  readonly label: string
  readonly kind: ProviderKind
  /** Empty for Custom (the user supplies it) and for the simulator (its address is chosen at start). */
  readonly baseURL: string
  /** Environment variable people usually keep this key in; offered as the default for apiKeyEnv. */
  readonly keyEnv?: string
  readonly needsKey: boolean
  readonly help: string
  /**
   * A local server's default cap on requests in flight across all its models (issue 17 item 5):
   * one GPU serves a few at a time, and more only queue inside the server until they time out.
   */
  readonly serverCap?: number
}

export const PRESETS: readonly ProviderPreset[] = [
  {
    id: 'simulator',
    label: 'Offline demo (simulated)',
    kind: 'openai',
    baseURL: '',
    needsKey: false,
    help: 'A simulated provider running on this computer. No key, no network, no cost: its answers are generated, not real model output. Use it to try Distillscope.',
  },
  {
    id: 'openai',
    label: 'OpenAI',
    kind: 'openai',
    baseURL: 'https://api.openai.com/v1',
    keyEnv: 'OPENAI_API_KEY',
    needsKey: true,
    help: 'GPT-4o, GPT-4o mini and other OpenAI models. Create a key at platform.openai.com under API keys.',
  },
  {
    id: 'anthropic',
    label: 'Anthropic',
    kind: 'anthropic',
    baseURL: 'https://api.anthropic.com',
    keyEnv: 'ANTHROPIC_API_KEY',
    needsKey: true,
    help: 'Claude models. Create a key in the Anthropic Console (console.anthropic.com).',
  },
  {
    id: 'gemini',
    label: 'Google Gemini',
    kind: 'openai',
    baseURL: 'https://generativelanguage.googleapis.com/v1beta/openai',
    keyEnv: 'GEMINI_API_KEY',
    needsKey: true,
    help: "Gemini through Google's OpenAI-compatible endpoint. Create a key in Google AI Studio.",
  },
  {
    id: 'deepseek',
    label: 'DeepSeek',
    kind: 'openai',
    baseURL: 'https://api.deepseek.com/v1',
    keyEnv: 'DEEPSEEK_API_KEY',
    needsKey: true,
    help: 'DeepSeek-V3 is the model id deepseek-chat. Keys at platform.deepseek.com.',
  },
  {
    id: 'qwen',
    label: 'Alibaba Qwen (DashScope)',
    kind: 'openai',
    baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    keyEnv: 'DASHSCOPE_API_KEY',
    needsKey: true,
    help: "Qwen models through DashScope's compatible mode. Outside mainland China use https://dashscope-intl.aliyuncs.com/compatible-mode/v1.",
  },
  {
    id: 'glm',
    label: 'Zhipu GLM',
    kind: 'openai',
    baseURL: 'https://open.bigmodel.cn/api/paas/v4',
    keyEnv: 'ZHIPUAI_API_KEY',
    needsKey: true,
    help: 'GLM-4-Plus and other Zhipu models (open.bigmodel.cn). Note the path ends in /v4, not /v1.',
  },
  {
    id: 'doubao',
    label: 'ByteDance Doubao (Volcengine Ark)',
    kind: 'openai',
    baseURL: 'https://ark.cn-beijing.volces.com/api/v3',
    keyEnv: 'ARK_API_KEY',
    needsKey: true,
    help: 'Doubao through Volcengine Ark. The model id is usually your endpoint id (ep-...) from the Ark console.',
  },
  {
    id: 'moonshot',
    label: 'Moonshot Kimi',
    kind: 'openai',
    baseURL: 'https://api.moonshot.cn/v1',
    keyEnv: 'MOONSHOT_API_KEY',
    needsKey: true,
    help: 'Kimi models. Outside mainland China use https://api.moonshot.ai/v1.',
  },
  {
    id: 'mistral',
    label: 'Mistral',
    kind: 'openai',
    baseURL: 'https://api.mistral.ai/v1',
    keyEnv: 'MISTRAL_API_KEY',
    needsKey: true,
    help: 'Mistral Large and other Mistral models (console.mistral.ai).',
  },
  { id: 'xai', label: 'xAI', kind: 'openai', baseURL: 'https://api.x.ai/v1', keyEnv: 'XAI_API_KEY', needsKey: true, help: 'Grok models (console.x.ai).' },
  {
    id: 'openrouter',
    label: 'OpenRouter',
    kind: 'openai',
    baseURL: 'https://openrouter.ai/api/v1',
    keyEnv: 'OPENROUTER_API_KEY',
    needsKey: true,
    help: 'One key for many vendors; model ids look like meta-llama/llama-3.1-70b-instruct.',
  },
  {
    id: 'together',
    label: 'Together AI',
    kind: 'openai',
    baseURL: 'https://api.together.xyz/v1',
    keyEnv: 'TOGETHER_API_KEY',
    needsKey: true,
    help: 'Open models such as Llama, Qwen and Phi hosted by Together.',
  },
  {
    id: 'groq',
    label: 'Groq',
    kind: 'openai',
    baseURL: 'https://api.groq.com/openai/v1',
    keyEnv: 'GROQ_API_KEY',
    needsKey: true,
    help: 'Fast hosted open models (console.groq.com).',
  },
  {
    id: 'ollama',
    label: 'Ollama (this computer)',
    kind: 'openai',
    baseURL: 'http://localhost:11434/v1',
    needsKey: false,
    help: 'Models you run locally with Ollama. Start Ollama first; no key needed.',
    serverCap: 4,
  },
  {
    id: 'lmstudio',
    label: 'LM Studio (this computer)',
    kind: 'openai',
    baseURL: 'http://localhost:1234/v1',
    needsKey: false,
    help: "LM Studio's local server. Start it from LM Studio's Developer tab; no key needed.",
    serverCap: 4,
  },
  {
    id: 'vllm',
    label: 'vLLM server',
    kind: 'openai',
    baseURL: 'http://localhost:8000/v1',
    needsKey: false,
    help: 'A vLLM OpenAI-compatible server. Give a key only if the server was started with --api-key.',
    serverCap: 8,
  },
  {
    id: 'custom',
    label: 'Custom',
    kind: 'openai',
    baseURL: '',
    needsKey: false,
    help: 'Any other OpenAI-compatible (or Anthropic-compatible) endpoint: a gateway, a proxy or a self-hosted server.',
  },
]

export function presetById(id: PresetId): ProviderPreset {
  const preset = PRESETS.find((candidate) => candidate.id === id)
  if (!preset) throw new Error(`Unknown provider preset ${id}`)
  return preset
}
