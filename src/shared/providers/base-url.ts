import type { ProviderKind } from './presets'

export type BaseUrlResult =
  { readonly ok: true; readonly baseURL: string; readonly endpoint: string; readonly warning?: string } | { readonly ok: false; readonly message: string }

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/

/**
 * Turns whatever a person pastes into the base URL the SDK expects, and the exact endpoint that
 * will be called (shown in the UI before anything is sent):
 * - trailing slashes and a pasted endpoint suffix (`/chat/completions`, `/v1/messages`) are removed;
 * - OpenAI-style: a bare host gets `/v1`; any other path is kept (GLM's `/v4`, Ark's `/api/v3`);
 * - Anthropic-style: the SDK adds `/v1/messages` itself, so a trailing `/v1` is removed.
 */
export function normaliseBaseUrl(kind: ProviderKind, input: string): BaseUrlResult {
  const trimmed = input.trim()
  if (trimmed === '') return { ok: false, message: 'Enter the base URL of the service, for example https://api.openai.com/v1.' }
  if (!/^https?:\/\//i.test(trimmed)) return { ok: false, message: 'The base URL must start with https:// (or http:// for a server on this computer).' }
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return { ok: false, message: `"${trimmed}" is not a valid web address.` }
  }
  if (url.username || url.password) return { ok: false, message: 'Do not put a user name or password in the base URL; use the key field.' }
  if (url.search || url.hash) return { ok: false, message: 'The base URL must not contain ? or # parts.' }
  let path = url.pathname.replace(/\/+$/, '')
  if (kind === 'openai') {
    path = path.replace(/\/chat\/completions$/i, '')
    if (path === '') path = '/v1'
  } else {
    path = path.replace(/\/v1\/messages$/i, '').replace(/\/v1$/i, '')
  }
  const baseURL = `${url.protocol}//${url.host}${path}`
  const endpoint = kind === 'openai' ? `${baseURL}/chat/completions` : `${baseURL}/v1/messages`
  const insecure = url.protocol === 'http:' && !LOOPBACK.test(url.hostname)
  return insecure
    ? {
        ok: true,
        baseURL,
        endpoint,
        warning: 'This address uses http://, so your key and prompts would travel unencrypted. Use https:// unless the server is on your own network.',
      }
    : { ok: true, baseURL, endpoint }
}

/** The address that lists models, for "List models". */
export function modelsListUrl(kind: ProviderKind, baseURL: string): string {
  return kind === 'openai' ? `${baseURL}/models` : `${baseURL}/v1/models`
}

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname)
}
