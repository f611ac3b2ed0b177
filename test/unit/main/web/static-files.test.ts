import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStaticFile } from '../../../../src/main/web/static-files'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()

function site() {
  const parent = newDir()
  const root = join(parent, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(parent, 'secret.txt'), 'outside')
  return root
}

describe('static files', () => {
  it('serves index.html for / and files with their content type', async () => {
    const root = site()
    expect((await readStaticFile(root, '/'))?.contentType).toBe('text/html; charset=utf-8')
    const script = await readStaticFile(root, '/assets/app.js')
    expect(script?.contentType).toBe('text/javascript; charset=utf-8')
    expect(script?.body.toString()).toBe('console.log(1)')
  })

  it('never reads outside the renderer folder', async () => {
    const root = site()
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A', '/assets']) {
      expect(await readStaticFile(root, path)).toBeUndefined()
    }
  })
})
