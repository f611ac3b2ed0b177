import { z } from 'zod'
import type { ResponseCache } from '../../core/llm/llm-client'
import type { ChatReply } from '../../core/llm/types'
import type { Db } from '../database'

const replySchema = z.object({
  text: z.string(),
  finishReason: z.string().nullable(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
  keyRedacted: z.literal(true).optional(),
  reported: z.object({ model: z.string().max(200).optional(), fingerprint: z.string().max(200).optional() }).optional(),
})

/** The persistent response cache. A row that no longer parses is treated as a miss, not an error. */
export function createLlmCacheRepo(db: Db, now: () => Date = () => new Date()): ResponseCache & { size(): number } {
  const select = db.prepare('SELECT reply_json FROM llm_cache WHERE key = ?')
  const insert = db.prepare('INSERT OR REPLACE INTO llm_cache (key, reply_json, created_at) VALUES (?, ?, ?)')
  const count = db.prepare('SELECT COUNT(*) AS n FROM llm_cache')
  return {
    get(key): ChatReply | undefined {
      const row = select.get(key) as { reply_json: string } | undefined
      if (!row) return undefined
      try {
        const parsed = replySchema.safeParse(JSON.parse(row.reply_json))
        return parsed.success ? parsed.data : undefined
      } catch {
        return undefined
      }
    },
    put(key, reply) {
      // keyRedacted stays with the cached answer, so a later cache hit still says it was redacted; the
      // reported version too, so a hit names the model that really wrote the answer.
      const stored = {
        text: reply.text,
        finishReason: reply.finishReason,
        usage: reply.usage,
        ...(reply.keyRedacted ? { keyRedacted: true } : {}),
        ...(reply.reported ? { reported: reply.reported } : {}),
      }
      insert.run(key, JSON.stringify(stored), now().toISOString())
    },
    size: () => (count.get() as { n: number }).n,
  }
}
