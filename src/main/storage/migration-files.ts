import { createHash } from 'node:crypto'

export interface Migration {
  readonly version: number
  /** File name without extension, e.g. `0001_initial`: what error messages name. */
  readonly name: string
  readonly sql: string
  readonly checksum: string
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/

/**
 * Checksums ignore line-ending style so a checkout with CRLF line endings (git on Windows) is not
 * mistaken for an edited migration.
 */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex')
}

/** Turns `{fileName: sql}` into an ordered, validated list; bad names or gaps are build mistakes. */
export function toMigrations(files: Readonly<Record<string, string>>): Migration[] {
  const migrations = Object.entries(files).map(([path, sql]) => {
    const fileName = path.split('/').pop() ?? path
    const match = FILE_NAME.exec(fileName)
    if (!match) throw new Error(`Migration file "${fileName}" must be named NNNN_lower_snake_name.sql`)
    return { version: Number(match[1]), name: fileName.replace(/\.sql$/, ''), sql, checksum: checksumOf(sql) }
  })
  migrations.sort((a, b) => a.version - b.version)
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations must be numbered 0001, 0002, ... without gaps; found ${migration.name} at position ${index + 1}`)
    }
  })
  return migrations
}

/** The migrations shipped with this build, bundled as text so nothing is read from disk at run time. */
export function bundledMigrations(): Migration[] {
  const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true })
  return toMigrations(files)
}
