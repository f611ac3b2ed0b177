/**
 * The answer's text from an OpenAI-compatible message or streamed delta. Most providers send a
 * string; some send a list of parts (Mistral's reasoning models: "thinking" parts, then "text"),
 * whose text parts are the answer and whose reasoning is not; a model that declines through
 * OpenAI's structured refusal sends no content and a `refusal`, which is what it said. Anything
 * else reads as no text rather than a value that is not a string.
 */
export function answerText(message: unknown): string {
  if (typeof message !== 'object' || message === null) return ''
  const { content, refusal } = message as { content?: unknown; refusal?: unknown }
  const text = typeof content === 'string' ? content : Array.isArray(content) ? textParts(content) : ''
  return text === '' && typeof refusal === 'string' ? refusal : text
}

const TEXT_PART_TYPES = new Set(['text', 'output_text'])

function textParts(parts: readonly unknown[]): string {
  let text = ''
  for (const part of parts) {
    if (typeof part === 'string') text += part
    else if (typeof part === 'object' && part !== null) {
      const { type, text: partText } = part as { type?: unknown; text?: unknown }
      if (typeof partText === 'string' && (type === undefined || TEXT_PART_TYPES.has(String(type)))) text += partText
    }
  }
  return text
}
