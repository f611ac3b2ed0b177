/**
 * Malformed browser-mode requests, generated from a seed so a failure can be replayed exactly.
 * Every case is a complete request (ends with an empty line); `mayUpgrade` marks the only cases
 * allowed a 101: a well-formed WebSocket handshake to the events path with a valid token.
 */
export interface FuzzCase {
  readonly label: string
  readonly bytes: Buffer
  readonly head: boolean
  readonly mayUpgrade: boolean
}

export interface FuzzTarget {
  readonly port: number
  readonly token: string
  readonly cookieName: string
}

/** xorshift32: tiny, deterministic, good enough to pick from lists. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 2 ** 32
  }
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'get', 'GÉT', '']

const TARGETS = [
  '/',
  '//',
  '///api/request',
  '//evil.example/',
  '/%',
  '/%zz',
  '/%00',
  '/%2f',
  '/..%2f..%2fetc%2fpasswd',
  '/../../../etc/passwd',
  '/api/../api/request',
  '/api/request',
  '/api//request',
  '/api/events',
  '/api//events',
  '/api/request?token=',
  '/?token=wrong',
  '/?token=%',
  '/?token=%ff%fe',
  '/?token=&token=',
  'http://evil.example/api/request',
  'http://127.0.0.1/api/request',
  'HTTP://localhost:abc/',
  'http://[::1/',
  '*',
  'api/request',
  '?',
  '/\\..\\..\\windows\\win.ini',
  `/${'a'.repeat(8000)}`,
  `/${'%2e'.repeat(2000)}`,
  '/é/ü',
  '/中文',
  '/index.html%00.js',
  `/?${'&'.repeat(2000)}`,
  '/#fragment',
  '/a b',
  '/\u0000',
]

const BAD_HOSTS = [
  undefined,
  '127.0.0.1:abc',
  '[::1',
  '',
  ' ',
  `${'x'.repeat(6000)}`,
  'evil.example',
  '127.0.0.1:99999',
  '127.0.0.1:',
  '[::1]:abc',
  'localhost:-1',
  '127.0.0.1 :80',
  '127.0.0.1@evil.example',
  'localhost/..',
  '[::1]]',
  '[',
  ':',
  '127.0.0.1:0x50',
  'ü.example',
  '127.0.0.1:80:80',
  'localhost.',
  '[::ffff:127.0.0.1]',
]

const BAD_ORIGINS = [
  undefined,
  'null',
  'https://evil.example',
  'http://',
  '::::',
  'http://127.0.0.1:abc',
  'http://[::1',
  'ÿ',
  'x'.repeat(3000),
  'http://localhost.evil.example',
]

const BAD_CREDENTIALS = [
  undefined,
  'Authorization: Bearer wrong',
  'Authorization: Bearer ',
  'Authorization: Basic eHl6',
  'Authorization: Bearer \u00ff\u00fe',
  'Cookie: ;;;=;',
  'Cookie: distillscope_=x',
  'Cookie: ====',
]

const WS_KEYS = ['dGhlIHNhbXBsZSBub25jZQ==', 'short', '', 'not base64 at all!!', 'ÿÿÿÿ', undefined]
const WS_VERSIONS = ['13', '8', 'abc', '', undefined]
const UPGRADES = ['websocket', 'WebSocket', 'h2c', 'websocket, h2c', 'ÿ']

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!
}

function build(lines: readonly (string | undefined)[]): Buffer {
  // utf8: a non-ASCII target or header goes out as the raw bytes a hostile client would send.
  return Buffer.from(`${lines.filter((line) => line !== undefined).join('\r\n')}\r\n\r\n`, 'utf8')
}

/** A plain request with no valid credential: its answer must never carry data. */
function httpCase(random: () => number, target: FuzzTarget): FuzzCase {
  const method = pick(random, METHODS)
  const path = pick(random, TARGETS)
  const host = random() < 0.3 ? `127.0.0.1:${target.port}` : pick(random, BAD_HOSTS)
  const origin = pick(random, BAD_ORIGINS)
  const credential = pick(random, BAD_CREDENTIALS)
  const lines = [
    `${method} ${path} HTTP/1.1`,
    host === undefined ? undefined : `Host: ${host}`,
    origin === undefined ? undefined : `Origin: ${origin}`,
    credential,
    'Connection: close',
  ]
  if (method === 'POST' || method === 'PUT') lines.push('Content-Type: application/json', 'Content-Length: 0')
  return {
    label: JSON.stringify({ method, path: path.slice(0, 60), host: host?.slice(0, 60), origin: origin?.slice(0, 60), credential }),
    bytes: build(lines),
    head: method === 'HEAD',
    mayUpgrade: false,
  }
}

/** A WebSocket handshake, sometimes with a valid token, to random paths with random headers. */
function upgradeCase(random: () => number, target: FuzzTarget): FuzzCase {
  const goodHost = random() < 0.5
  const host = goodHost ? pick(random, [`127.0.0.1:${target.port}`, `localhost:${target.port}`, `[::1]:${target.port}`]) : pick(random, BAD_HOSTS)
  const path = random() < 0.4 ? '/api/events' : pick(random, TARGETS)
  const origin = random() < 0.5 ? undefined : pick(random, BAD_ORIGINS)
  const credentialKind = pick(random, ['bearer', 'cookie', 'query', 'bad'] as const)
  const credential =
    credentialKind === 'bearer'
      ? `Authorization: Bearer ${target.token}`
      : credentialKind === 'cookie'
        ? `Cookie: ${target.cookieName}=${target.token}`
        : pick(random, BAD_CREDENTIALS)
  const fullPath = credentialKind === 'query' ? `${path}${path.includes('?') ? '&' : '?'}token=${target.token}` : path
  const key = pick(random, WS_KEYS)
  const version = pick(random, WS_VERSIONS)
  const upgrade = pick(random, UPGRADES)
  const lines = [
    `GET ${fullPath} HTTP/1.1`,
    host === undefined ? undefined : `Host: ${host}`,
    origin === undefined ? undefined : `Origin: ${origin}`,
    credential,
    'Connection: Upgrade',
    `Upgrade: ${upgrade}`,
    key === undefined ? undefined : `Sec-WebSocket-Key: ${key}`,
    version === undefined ? undefined : `Sec-WebSocket-Version: ${version}`,
  ]
  const mayUpgrade = goodHost && path === '/api/events' && (credentialKind === 'bearer' || credentialKind === 'cookie')
  return {
    label: JSON.stringify({ upgrade: true, path: fullPath.slice(0, 60), host: host?.slice(0, 60), origin: origin?.slice(0, 60), credentialKind, key, version }),
    bytes: build(lines),
    head: false,
    mayUpgrade,
  }
}

/** The cases the issue names, with a valid token: they must be refused for what they are, not with a 500. */
function namedCases(target: FuzzTarget): FuzzCase[] {
  const bearer = `Authorization: Bearer ${target.token}`
  const host = `Host: 127.0.0.1:${target.port}`
  const plain = (label: string, lines: string[]): FuzzCase => ({ label, bytes: build([...lines, 'Connection: close']), head: false, mayUpgrade: false })
  const ws = (label: string, lines: string[]): FuzzCase => ({
    label,
    bytes: build([...lines, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13']),
    head: false,
    mayUpgrade: false,
  })
  return [
    plain('GET // without token', ['GET // HTTP/1.1', host]),
    plain('GET // with token', ['GET // HTTP/1.1', host, bearer]),
    plain('GET / with Host 127.0.0.1:abc and token', ['GET / HTTP/1.1', 'Host: 127.0.0.1:abc', bearer]),
    plain('GET / with Host [::1 and token', ['GET / HTTP/1.1', 'Host: [::1', bearer]),
    plain('POST absolute-form with token', [
      'POST http://evil.example/api/request HTTP/1.1',
      host,
      bearer,
      'Content-Type: application/json',
      'Content-Length: 0',
    ]),
    ws('upgrade to // without token', ['GET // HTTP/1.1', host]),
    ws('upgrade with Host 127.0.0.1:abc without token', ['GET /api/events HTTP/1.1', 'Host: 127.0.0.1:abc']),
    ws('upgrade to // with token', ['GET // HTTP/1.1', host, bearer]),
    ws('upgrade with Host [::1 and token', ['GET /api/events HTTP/1.1', 'Host: [::1', bearer]),
    // The one way in, amid the noise: a valid handshake with the token as a bearer or the cookie.
    { ...ws('valid handshake, bearer', ['GET /api/events HTTP/1.1', host, bearer]), mayUpgrade: true },
    {
      ...ws('valid handshake, cookie', ['GET /api/events HTTP/1.1', `Host: localhost:${target.port}`, `Cookie: ${target.cookieName}=${target.token}`]),
      mayUpgrade: true,
    },
    { label: 'CONNECT', bytes: build(['CONNECT 127.0.0.1:22 HTTP/1.1', host]), head: false, mayUpgrade: false },
    { label: 'header too large', bytes: build(['GET / HTTP/1.1', host, `X-Big: ${'y'.repeat(40_000)}`, 'Connection: close']), head: false, mayUpgrade: false },
    { label: 'garbage request line', bytes: build(['\u0001\u0002 nonsense']), head: false, mayUpgrade: false },
  ]
}

export function fuzzCorpus(seed: number, count: number, target: FuzzTarget): FuzzCase[] {
  const random = seededRandom(seed)
  const cases = namedCases(target)
  for (let index = 0; index < count; index++) cases.push(random() < 0.5 ? httpCase(random, target) : upgradeCase(random, target))
  return cases
}
