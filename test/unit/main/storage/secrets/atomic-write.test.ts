import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../../src/main/storage/secrets/atomic-write'
import { useTempDirs } from '../../../../support/temp-dir'
import { rejectionOf } from './fakes'

const newDir = useTempDirs()

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else', async () => {
    const dir = newDir()
    const file = join(dir, 'f.json')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['f.json'])
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('removes its temporary file when the rename fails, leaving the target as it was', async () => {
    const dir = newDir()
    const target = join(dir, 'f.json')
    // A non-empty folder cannot be replaced by a file.
    mkdirSync(target)
    writeFileSync(join(target, 'inside'), 'x')
    await rejectionOf(writeFileAtomic(target, 'new'))
    expect(readdirSync(dir)).toEqual(['f.json'])
    expect(readdirSync(target)).toEqual(['inside'])
  })
})
