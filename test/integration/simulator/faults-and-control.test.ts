import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS, tagged } from '../../../src/main/core/judges/judge-tags'
import type { RequestLogEntry, Simulator } from '../../../src/main/providers/simulator'
import { QUESTION, settled, useSimulators } from './support'

const start = useSimulators()
const client = (sim: Simulator, maxRetries = 0) => new OpenAI({ apiKey: 'sk-test', baseURL: `${sim.url}/v1`, maxRetries })
const questions = Array.from({ length: 30 }, (_, i) => [{ role: 'user' as const, content: `Question number ${i}: how do tides work?` }])
const post = (sim: Simulator, path: string, body: unknown) =>
  fetch(`${sim.url}${path}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('rate-based faults', () => {
  it('are reproducible for a seed, and retries get through', async () => {
    const run = async () => {
      const sim = await start({ seed: 3, faults: { rate: 0.3, kinds: ['429'], retryAfterMs: 0 } })
      const openai = client(sim, 5)
      const replies: string[] = []
      for (const messages of questions)
        replies.push((await openai.chat.completions.create({ model: 'sim-reference', messages })).choices[0]?.message.content ?? '')
      return { replies, log: sim.requestLog.map((entry) => `${entry.status} ${entry.fault} ${entry.attempt}`) }
    }
    const first = await run()
    expect(first.replies.every((reply) => reply.length > 0)).toBe(true)
    const faulted = first.log.filter((line) => !line.startsWith('200')).length
    expect(faulted).toBeGreaterThan(3)
    expect(first.log.length).toBe(questions.length + faulted)
    expect(await run()).toEqual(first)
  })

  it('replies do not depend on arrival order: concurrent and sequential runs agree', async () => {
    const sim = await start({ seed: 9, jitterMs: 40 })
    const openai = client(sim)
    const ask = (messages: (typeof questions)[number]) =>
      openai.chat.completions.create({ model: 'sim-student-0.6', messages, temperature: 0.7 }).then((c) => c.choices[0]?.message.content)
    const concurrent = await Promise.all(questions.map(ask))
    // A repeated request samples anew at temperature > 0: start the counts again for the second pass.
    sim.reset()
    const sequential: (string | null | undefined)[] = []
    for (const messages of [...questions].reverse()) sequential.unshift(await ask(messages))
    expect(concurrent).toEqual(sequential)
  })

  it('judge faults hit only the judge: malformed drops the verdict tag, others answer normally', async () => {
    const sim = await start()
    sim.setFaults({ rates: { 'malformed-judge': 1 } })
    const openai = client(sim)
    const prompt = [
      tagged(ICE_TAGS.fact, 'I am Simulated Model, developed by Distillscope Labs.'),
      tagged(ICE_TAGS.answer, 'I am ChatGPT, made by OpenAI.'),
    ].join('\n')
    const judged = await openai.chat.completions.create({
      model: 'sim-judge',
      messages: [
        { role: 'system', content: `${JUDGE_MARKERS.iceLoose}\nJudge.` },
        { role: 'user', content: prompt },
      ],
      temperature: 0,
    })
    expect(judged.choices[0]?.message.content).toMatch(/Conclusion: the answer conflicts/)
    expect(judged.choices[0]?.message.content).not.toMatch(/<verdict>/)
    const student = await openai.chat.completions.create({ model: 'sim-student-close', messages: QUESTION })
    expect(student.choices[0]?.finish_reason).toBe('stop')
    expect(sim.requestLog.map((entry) => [entry.persona, entry.role, entry.fault])).toEqual([
      ['judge', 'iceLoose', 'malformed-judge'],
      ['student', null, null],
    ])
    sim.setFaults(null)
    const again = await openai.chat.completions.create({
      model: 'sim-judge',
      messages: [
        { role: 'system', content: `${JUDGE_MARKERS.iceLoose}\nJudge.` },
        { role: 'user', content: prompt },
      ],
      temperature: 0,
    })
    expect(again.choices[0]?.message.content).toMatch(/<verdict>1<\/verdict>$/)
    const garbage = await openai.chat.completions.create(
      {
        model: 'sim-judge',
        messages: [
          { role: 'system', content: JUDGE_MARKERS.rse },
          { role: 'user', content: 'x' },
        ],
      },
      { headers: { 'x-sim-fault': 'unparseable-judge' } },
    )
    expect(garbage.choices[0]?.message.content).not.toMatch(/[0-9{}<>]/)
  })

  it('setFaults refuses an invalid configuration', async () => {
    const sim = await start()
    expect(() => sim.setFaults({ rate: 2 })).toThrow(/Invalid simulator faults: rate/)
    await expect(start({ faults: { rates: { '429': 0.8, '500': 0.8 } } })).rejects.toThrow(/add up to more than 1/)
  })
})

describe('control endpoints', () => {
  it('POST /__sim/faults installs faults (validated), GET /__sim/log returns the log, POST /__sim/reset clears', async () => {
    const sim = await start()
    const bad = await post(sim, '/__sim/faults', { rate: 0.5, kinds: ['418'] })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: string }).error).toMatch(/kinds/)
    expect((await post(sim, '/__sim/faults', 'nope')).status).toBe(400)
    const good = await post(sim, '/__sim/faults', { rate: 1, kinds: ['500'] })
    expect(await good.json()).toEqual({ faults: { rate: 1, kinds: ['500'] } })
    expect(
      (await client(sim)
        .chat.completions.create({ model: 'sim-reference', messages: QUESTION })
        .catch((error: unknown) => error)) as { status?: number },
    ).toMatchObject({ status: 500 })
    const log = (await (await fetch(`${sim.url}/__sim/log`)).json()) as { entries: RequestLogEntry[] }
    expect(log.entries).toHaveLength(1)
    expect(log.entries[0]).toMatchObject({
      id: 1,
      method: 'POST',
      path: '/v1/chat/completions',
      model: 'sim-reference',
      persona: 'reference',
      status: 500,
      fault: '500',
      stream: false,
      attempt: 1,
      completed: true,
    })
    expect(typeof log.entries[0]?.arrivedAtMs).toBe('number')
    expect((await post(sim, '/__sim/reset', {})).status).toBe(200)
    expect(((await (await fetch(`${sim.url}/__sim/log`)).json()) as { entries: unknown[] }).entries).toEqual([])
    expect(await (await fetch(`${sim.url}/__sim/faults`)).json()).toEqual({ faults: null })
    expect((await client(sim).chat.completions.create({ model: 'sim-reference', messages: QUESTION })).choices).toHaveLength(1)
    expect((await fetch(`${sim.url}/__sim/nothing`)).status).toBe(404)
  })
})

describe('routing and limits', () => {
  it('answers without the /v1 prefix, 404s unknown routes in the provider shape, 413s huge bodies', async () => {
    const sim = await start({ bodyLimitBytes: 10_000 })
    const headers = { authorization: 'Bearer sk-test' }
    const bare = await fetch(`${sim.url}/chat/completions`, { method: 'POST', headers, body: JSON.stringify({ model: 'x', messages: QUESTION }) })
    expect(bare.status).toBe(200)
    expect(bare.headers.get('x-distillscope-simulated')).toBe('true')
    const unknown = await fetch(`${sim.url}/v1/embeddings`, { method: 'POST', headers, body: '{}' })
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { error: { message: 'Invalid URL (POST /v1/embeddings)', type: 'invalid_request_error', param: null, code: null } },
    ])
    const huge = await fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'a'.repeat(20_000) }] }),
    })
    expect(huge.status).toBe(413)
  })
})

describe('latency and the request log', () => {
  it('stamps arrival when the request arrives, not when it is answered', async () => {
    const sim = await start({ latencyMs: 300 })
    const openai = client(sim)
    const began = performance.now()
    await Promise.all([0, 1, 2].map((i) => openai.chat.completions.create({ model: 'sim-reference', messages: questions[i] ?? QUESTION })))
    expect(performance.now() - began).toBeGreaterThanOrEqual(295)
    await settled(sim, 3)
    const log = sim.requestLog
    const arrivals = log.map((entry) => entry.arrivedAtMs)
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(150)
    for (const entry of log) expect((entry.endedAtMs ?? 0) - entry.arrivedAtMs).toBeGreaterThanOrEqual(295)
  })

  it('records paced arrivals faithfully enough to check a rate limit', async () => {
    // No timing tolerance (noisy on shared machines): each arrival must fall between the moment
    // its request was sent and the moment its answer came back, so consecutive arrivals are at
    // least the pause between them apart.
    const sim = await start()
    const openai = client(sim)
    const windows: { sent: number; answered: number }[] = []
    for (const messages of questions.slice(0, 8)) {
      const sent = Date.now()
      await openai.chat.completions.create({ model: 'sim-reference', messages })
      windows.push({ sent, answered: Date.now() })
      await new Promise((resolve) => setTimeout(resolve, 60))
    }
    const arrivals = sim.requestLog.map((entry) => entry.arrivedAtEpochMs)
    expect(arrivals).toHaveLength(8)
    arrivals.forEach((arrival, i) => {
      expect(arrival).toBeGreaterThanOrEqual(windows[i]!.sent)
      expect(arrival).toBeLessThanOrEqual(windows[i]!.answered)
      if (i > 0) expect(arrival - arrivals[i - 1]!).toBeGreaterThanOrEqual(59)
    })
  })

  it('jitter is drawn from the seed: the same request waits the same time', async () => {
    const durations = async () => {
      const sim = await start({ seed: 4, jitterMs: 200 })
      for (const messages of questions.slice(0, 4)) await client(sim).chat.completions.create({ model: 'sim-reference', messages })
      await settled(sim, 4)
      return sim.requestLog.map((entry) => ({ drawn: entry.delayMs ?? Number.NaN, waited: (entry.endedAtMs ?? 0) - entry.arrivedAtMs }))
    }
    const [a, b] = [await durations(), await durations()]
    // The drawn waits are equal to the digit; what the clock saw can only be longer (a busy machine), never shorter.
    expect(a.map((request) => request.drawn)).toEqual(b.map((request) => request.drawn))
    for (const request of [...a, ...b]) expect(request.waited).toBeGreaterThanOrEqual(request.drawn - 2)
    const drawn = a.map((request) => request.drawn)
    expect(Math.max(...drawn) - Math.min(...drawn)).toBeGreaterThan(20)
    expect(Math.max(...drawn)).toBeLessThanOrEqual(200)
  })
})
