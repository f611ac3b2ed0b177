import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The built command line; integration and e2e tests run the real artefact, not the sources. */
export const CLI = resolve('out/main/cli.js')

export function requireBuild(): void {
  if (!existsSync(CLI) || !existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('The app is not built: run `npm run build` (npm test does) before these tests.')
  }
}

/** `cwd`: the folder the command runs in (relative paths in its arguments are resolved there). */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000, ...(cwd ? { cwd } : {}) })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * Like runCli, without blocking this process: needed when the child talks to a server that lives
 * in the test process (a simulator), which a blocked event loop could never answer.
 */
export function runCliAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) => resolveRun({ code, stdout, stderr }))
  })
}

export interface RunningWeb {
  readonly url: string
  readonly origin: string
  readonly token: string
  readonly child: ChildProcess
  readonly output: () => string
  /** Resolves to the exit code, or the signal's name if a signal ended the process. */
  stop(): Promise<number | string | null>
}

/** Starts `distillscope web --port 0` and resolves once it prints its address. */
export function startWeb(dataDir: string): Promise<RunningWeb> {
  const child = spawn(process.execPath, [CLI, 'web', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`browser mode did not print its address in time:\n${output}`))
    }, 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=([A-Za-z0-9_-]+))/.exec(output)
      if (!match) return
      clearTimeout(timer)
      const url = match[1]!
      resolveStart({
        url,
        origin: new URL(url).origin,
        token: match[2]!,
        child,
        output: () => output,
        stop: () =>
          new Promise((resolveStop) => {
            if (child.exitCode !== null) return resolveStop(child.exitCode)
            child.once('exit', (code, signal) => resolveStop(code ?? signal))
            child.kill('SIGTERM')
          }),
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited with code ${code} before it was ready:\n${output}`))
    })
  })
}
