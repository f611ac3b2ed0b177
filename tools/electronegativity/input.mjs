import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CODE_EXTENSIONS, HTML_EXTENSIONS, REPO_ROOT } from './config.mjs'
import { warnings } from './problems.mjs'

// Input: the files to scan are copied into a temporary folder (with the app's package.json, so the
// Electron-version-dependent checks know the version).

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (entry.isFile()) out.push(full)
  }
  return out
}

function isScannable(file) {
  const ext = path.extname(file).toLowerCase()
  return CODE_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || path.basename(file) === 'package.json'
}

/** Returns [{ source: absolute path, display: path shown to people }] or exits with a clear message. */
export function collectBuiltApp() {
  const rel = (p) => path.relative(REPO_ROOT, p)
  const files = []
  const problems = []
  const pkg = path.join(REPO_ROOT, 'package.json')
  if (fs.existsSync(pkg)) files.push(pkg)
  else problems.push('package.json')
  for (const dir of ['out/main', 'out/preload']) {
    const abs = path.join(REPO_ROOT, dir)
    // Not the bundled packages' chunks (vendor-<package>, electron.vite.config.ts): third-party code,
    // as node_modules is, whose modern syntax the scanner's parser cannot read.
    const code = fs.existsSync(abs)
      ? walk(abs).filter((f) => CODE_EXTENSIONS.has(path.extname(f).toLowerCase()) && !path.basename(f).startsWith('vendor-'))
      : []
    if (code.length === 0) problems.push(`${dir}/ (no .js/.cjs/.mjs files)`)
    files.push(...code)
  }
  // Only the page itself: out/renderer/assets holds the bundled React/Mantine code, whose
  // minified third-party patterns are noise for an Electron configuration scan.
  const rendererDir = path.join(REPO_ROOT, 'out/renderer')
  const pages = fs.existsSync(rendererDir)
    ? fs.readdirSync(rendererDir).filter((f) => HTML_EXTENSIONS.has(path.extname(f).toLowerCase())).map((f) => path.join(rendererDir, f))
    : []
  if (!pages.some((p) => path.basename(p) === 'index.html')) problems.push('out/renderer/index.html')
  files.push(...pages)
  if (problems.length > 0) {
    console.error(`electronegativity: FAIL: missing input: ${problems.join(', ')}`)
    console.error('  The scan reads the built app: run `npx electron-vite build` (or `npm run build`) in the repo root first.')
    process.exit(1)
  }
  warnIfStale(files)
  return files.map((source) => ({ source, display: rel(source) }))
}

function warnIfStale(builtFiles) {
  const sources = ['src/main', 'src/preload', 'src/shared', 'src/renderer/index.html']
    .map((p) => path.join(REPO_ROOT, p))
    .filter((p) => fs.existsSync(p))
    .flatMap((p) => (fs.statSync(p).isDirectory() ? walk(p) : [p]))
  if (sources.length === 0) return
  const newestSource = Math.max(...sources.map((f) => fs.statSync(f).mtimeMs))
  const oldestBuilt = Math.min(...builtFiles.filter((f) => f.includes(`${path.sep}out${path.sep}`)).map((f) => fs.statSync(f).mtimeMs))
  if (newestSource > oldestBuilt) {
    warnings.push('out/ is older than some files in src/: this scans the last build, not your latest edits (run `npx electron-vite build`).')
  }
}

export function collectInputDir(dir) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`electronegativity: FAIL: --input ${dir} is not a folder`)
    process.exit(1)
  }
  const files = walk(dir).filter(isScannable)
  if (!files.some((f) => CODE_EXTENSIONS.has(path.extname(f).toLowerCase()))) {
    console.error(`electronegativity: FAIL: no JavaScript or TypeScript files under ${dir}`)
    process.exit(1)
  }
  return files.map((source) => ({ source, display: path.relative(dir, source) }))
}

/** Copies the files into a fresh folder; returns it and a map staged-relative-path -> file entry. */
export function stage(files, baseDir) {
  const stageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'distillscope-electronegativity-'))
  const byStaged = new Map()
  for (const file of files) {
    let rel = path.relative(baseDir, file.source)
    const ext = path.extname(rel).toLowerCase()
    if (ext === '.cjs' || ext === '.mjs') rel += '.js' // index.cjs -> index.cjs.js (never collides)
    const target = path.join(stageDir, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(file.source, target)
    byStaged.set(rel.split(path.sep).join('/'), { ...file, staged: target })
  }
  return { stageDir, byStaged }
}
