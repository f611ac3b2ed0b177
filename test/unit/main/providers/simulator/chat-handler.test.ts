import { afterEach, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../../../src/main/providers/simulator'

const running: Simulator[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()))
})

async function start(): Promise<Simulator> {
  const simulator = await createSimulator({ seed: 4 })
  running.push(simulator)
  return simulator
}

interface Reply {
  readonly status: number
  readonly texts: readonly string[]
}

/** One OpenAI-format chat request; `fault` is the x-sim-fault header. */
async function ask(simulator: Simulator, temperature: number, options: { fault?: string; n?: number; question?: string } = {}): Promise<Reply> {
  const response = await fetch(`${simulator.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json', ...(options.fault ? { 'x-sim-fault': options.fault } : {}) },
    body: JSON.stringify({
      model: 'sim-student-close',
      messages: [{ role: 'user', content: options.question ?? 'Explain how a compiler turns source code into machine code.' }],
      temperature,
      n: options.n ?? 1,
    }),
  })
  const text = await response.text()
  // A truncated answer is half a JSON body: it has no texts.
  const body = (text.endsWith('}') ? JSON.parse(text) : {}) as { choices?: { message: { content: string } }[] }
  return { status: response.status, texts: (body.choices ?? []).map((choice) => choice.message.content) }
}

describe('repeated identical requests', () => {
  it('get new samples at temperature > 0: the second differs from the first, the third from both', async () => {
    const sim = await start()
    const [first, second, third] = [(await ask(sim, 0.7)).texts[0], (await ask(sim, 0.7)).texts[0], (await ask(sim, 0.7)).texts[0]]
    expect(first).toBeTruthy()
    expect(second).not.toBe(first)
    expect(third).not.toBe(first)
    expect(third).not.toBe(second)
  })

  it('continue past the choices of an n > 1 request rather than repeating them', async () => {
    const sim = await start()
    const first = (await ask(sim, 0.7, { n: 2 })).texts
    const second = (await ask(sim, 0.7, { n: 2 })).texts
    expect(new Set([...first, ...second]).size).toBe(4)
  })

  it('get the same text at temperature 0, however often they are sent', async () => {
    const sim = await start()
    const replies = [await ask(sim, 0), await ask(sim, 0), await ask(sim, 0)]
    expect(replies.every((reply) => reply.status === 200 && reply.texts[0] === replies[0]?.texts[0])).toBe(true)
  })

  it('are counted per question: another question does not advance this one', async () => {
    const sim = await start()
    const fresh = (await ask(sim, 0.7)).texts[0]
    const again = await start()
    await ask(again, 0.7, { question: 'Why do cats purr?' })
    expect((await ask(again, 0.7)).texts[0]).toBe(fresh)
  })

  it('do not advance on a faulted attempt: the retry after a 500 gets what the first attempt would have', async () => {
    const clean = await start()
    const expected = [(await ask(clean, 0.7)).texts[0], (await ask(clean, 0.7)).texts[0]]
    const sim = await start()
    expect((await ask(sim, 0.7, { fault: '500; times=1' })).status).toBe(500)
    expect((await ask(sim, 0.7, { fault: '500; times=1' })).texts[0]).toBe(expected[0])
    expect((await ask(sim, 0.7, { fault: '500; times=1' })).texts[0]).toBe(expected[1])
  })

  it('do not advance on a fault that still answers with status 200 (a truncated answer)', async () => {
    const clean = await start()
    const expected = (await ask(clean, 0.7)).texts[0]
    const sim = await start()
    const truncated = await ask(sim, 0.7, { fault: 'truncated-stream; times=1' })
    expect(truncated).toEqual({ status: 200, texts: [] })
    expect((await ask(sim, 0.7, { fault: 'truncated-stream; times=1' })).texts[0]).toBe(expected)
  })

  it('start from the first sample again after reset', async () => {
    const sim = await start()
    const first = (await ask(sim, 0.7)).texts[0]
    expect((await ask(sim, 0.7)).texts[0]).not.toBe(first)
    sim.reset()
    expect((await ask(sim, 0.7)).texts[0]).toBe(first)
  })
})
