import { z } from 'zod'
import type { ResponseCache } from '../../core/llm/llm-client'
import type { ChatReply } from '../../core/llm/types'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'

const replySchema = z.object({
  text: z.string(),
  finishReason: z.string().nullable(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
  keyRedacted: z.literal(true).optional(),
  reported: z.object({ model: z.string().max(200).optional(), fingerprint: z.string().max(200).optional() }).optional(),
})

/**
 * The persistent response cache. A row that no longer parses is treated as a miss, not an error.
 * Replies written through a batch are answered from memory until their batch commits, so an
 * identical call made in between is still a hit.
 */
export function createLlmCacheRepo(db: Db, options: { now?: () => Date; batch?: WriteBatch } = {}): ResponseCache & { size(): number; committed(): void } {
  const now = options.now ?? (() => new Date())
  const batch = options.batch ?? immediateWrites
  const uncommitted = new Map<string, ChatReply>()
  const select = db.prepare('SELECT reply_json FROM llm_cache WHERE key = ?')
  const insert = db.prepare('INSERT OR REPLACE INTO llm_cache (key, reply_json, created_at) VALUES (?, ?, ?)')
  const count = db.prepare('SELECT COUNT(*) AS n FROM llm_cache')
  return {
    get(key): ChatReply | undefined {
      const pending = uncommitted.get(key)
      if (pending) return pending
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
      const json = JSON.stringify(stored)
      const at = now().toISOString()
      uncommitted.set(key, stored)
      batch.add(() => insert.run(key, json, at))
      if (batch.pending() === 0) uncommitted.delete(key)
    },
    size: () => {
      batch.flush()
      return (count.get() as { n: number }).n
    },
    /** Called by the batch after each commit: what it held is now in the table. */
    committed: () => uncommitted.clear(),
  }
}
