import { connect } from 'node:net'

export interface RawReply {
  /** The status code of the first status line, or undefined when the server sent none. */
  readonly status: number | undefined
  readonly head: string
  readonly body: Buffer
  /** The server went quiet for longer than `quietMs` without finishing a reply. */
  readonly hung: boolean
}

/**
 * Sends raw bytes to a port and reads one reply. Raw sockets because http clients refuse to send
 * what a fuzz test needs to send (`//`, bare `%`, broken Host lines, non-ASCII targets).
 * The reply is complete when the server closes, sends a 101, or the body it declared has arrived
 * (so a server that keeps the connection open is still read to the end).
 */
export function sendRaw(port: number, request: Buffer, options: { readonly head?: boolean; readonly quietMs?: number } = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let settled = false
    const finish = (hung: boolean) => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve(parseReply(Buffer.concat(chunks), hung))
    }
    socket.setTimeout(options.quietMs ?? 10_000, () => finish(true))
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      if (isComplete(Buffer.concat(chunks), options.head ?? false)) finish(false)
    })
    socket.on('error', () => finish(false))
    socket.on('close', () => finish(false))
    socket.write(request)
  })
}

function parseReply(bytes: Buffer, hung: boolean): RawReply {
  const end = bytes.indexOf('\r\n\r\n')
  const head = (end < 0 ? bytes : bytes.subarray(0, end)).toString('latin1')
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(head)
  return { status: match ? Number(match[1]) : undefined, head, body: end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 4), hung }
}

function isComplete(bytes: Buffer, head: boolean): boolean {
  const end = bytes.indexOf('\r\n\r\n')
  if (end < 0) return false
  const headers = bytes.subarray(0, end).toString('latin1')
  if (/^HTTP\/1\.[01] 101/.test(headers) || head) return true
  const body = bytes.subarray(end + 4)
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(headers)
  if (length) return body.length >= Number(length[1])
  if (/\r\ntransfer-encoding:\s*chunked/i.test(headers)) return body.includes('0\r\n\r\n')
  return false
}
