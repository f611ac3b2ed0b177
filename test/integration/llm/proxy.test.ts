import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createTransport } from '../../../src/main/providers/create-transport'
import { createGatedFetch } from '../../../src/main/providers/gated-fetch'
import { useSimulators } from '../simulator/support'

/**
 * A real HTTP proxy on loopback that tunnels CONNECT requests to the simulator, whatever host
 * was asked for, and records the targets. Remote hosts must go through it; this computer never.
 */
const startSimulator = useSimulators()
const proxies: Server[] = []
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => new Promise((resolve) => proxy.close(resolve))))
})

async function startProxy(upstreamPort: number) {
  const targets: string[] = []
  const proxy = createServer((_request, response) => response.writeHead(405).end())
  proxy.on('connect', (request, client) => {
    targets.push(request.url ?? '')
    const upstream = connect(upstreamPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxies.push(proxy)
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, targets }
}

const models = (fetcher: typeof fetch, url: string) => fetcher(url, { headers: { authorization: 'Bearer sk-proxy-test' } })

describe('per-provider proxy', () => {
  it('sends requests for remote hosts through the proxy', async () => {
    const simulator = await startSimulator()
    const proxy = await startProxy(simulator.port)
    const fetcher = createGatedFetch(async () => {}, proxy.url)
    const response = await models(fetcher, 'http://api.provider.example/v1/models')
    expect(response.status).toBe(200)
    expect(proxy.targets).toEqual(['api.provider.example:80'])
    expect(simulator.requestLog).toHaveLength(1)
  })

  it('never uses the proxy for this computer', async () => {
    const simulator = await startSimulator()
    const proxy = await startProxy(simulator.port)
    const fetcher = createGatedFetch(async () => {}, proxy.url)
    expect((await models(fetcher, `${simulator.url}/v1/models`)).status).toBe(200)
    expect((await models(fetcher, `http://localhost:${simulator.port}/v1/models`)).status).toBe(200)
    expect(proxy.targets).toEqual([])
  })

  it('passes every attempt through the gate before it is sent', async () => {
    const simulator = await startSimulator()
    let gated = 0
    const fetcher = createGatedFetch(async () => void gated++)
    await models(fetcher, `${simulator.url}/v1/models`)
    await models(fetcher, `${simulator.url}/v1/models`)
    expect(gated).toBe(2)
  })

  it('sends plain chat calls (the direct path) for remote hosts through the proxy, and never for this computer', async () => {
    const simulator = await startSimulator()
    const proxy = await startProxy(simulator.port)
    const chat = (baseURL: string) =>
      createTransport(
        { kind: 'openai', baseURL, model: 'sim-student-0.4', apiKey: 'sk-proxy-test', headers: {}, timeoutMs: 5_000, proxy: proxy.url },
        async () => {},
      ).send({ messages: [{ role: 'user', content: 'Hello?' }], params: { temperature: 0 } }, new AbortController().signal)
    expect((await chat('http://api.provider.example/v1')).text).not.toBe('')
    expect(proxy.targets).toEqual(['api.provider.example:80'])
    expect((await chat(`${simulator.url}/v1`)).text).not.toBe('')
    expect(proxy.targets).toEqual(['api.provider.example:80'])
    expect(simulator.requestLog).toHaveLength(2)
  })
})
