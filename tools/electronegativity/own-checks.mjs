import fs from 'node:fs'
import path from 'node:path'
import { CODE_EXTENSIONS, TOOL_REL } from './config.mjs'
import { failures } from './problems.mjs'

// Checks of our own on the staged code, for what Electronegativity cannot see or would let pass.

function lineAt(text, line) {
  return (text.split('\n')[line - 1] ?? '').trim()
}

/**
 * Electronegativity's window checks (contextIsolation, nodeIntegration, sandbox, ...) only look at
 * `new BrowserWindow(...)` / `new BrowserView(...)` with exactly that identifier. A bundler renaming
 * the import (`new electron.BrowserWindow`, `new BrowserWindow$1`) or a WebContentsView would pass
 * unchecked, so those become findings here; and code with no window at all is a wrong input.
 */
export async function windowCoverage(byStaged) {
  const { parse } = await import('@babel/parser')
  const findings = []
  let checked = 0
  const unchecked = /^(BrowserWindow|BrowserView|WebContentsView)(\$\d+|_\d+)?$/
  for (const [rel, file] of byStaged) {
    const ext = path.extname(rel).toLowerCase()
    if (!CODE_EXTENSIONS.has(ext)) continue
    const text = fs.readFileSync(file.staged, 'utf8')
    const plugins = ext === '.ts' ? ['typescript'] : ext === '.tsx' ? ['typescript', 'jsx'] : ['jsx']
    let ast
    try {
      ast = parse(text, { sourceType: 'unambiguous', allowReturnOutsideFunction: true, allowHashBang: true, plugins })
    } catch (error) {
      failures.push(`cannot parse ${file.display}: ${error.message}`)
      continue
    }
    const stack = [ast.program]
    while (stack.length > 0) {
      const node = stack.pop()
      if (Array.isArray(node)) {
        stack.push(...node)
        continue
      }
      if (!node || typeof node.type !== 'string') continue
      if (node.type === 'NewExpression') {
        const callee = node.callee
        let name
        if (callee.type === 'Identifier') name = callee.name
        else if (callee.type === 'MemberExpression' && !callee.computed) name = callee.property.name
        else if (callee.type === 'MemberExpression' && callee.property.type === 'StringLiteral') name = callee.property.value
        if (callee.type === 'Identifier' && (name === 'BrowserWindow' || name === 'BrowserView')) checked++
        else if (name && unchecked.test(name)) {
          const line = node.loc.start.line
          findings.push({
            id: 'RUNNER_UNCHECKED_WINDOW',
            severity: 'HIGH',
            confidence: 'CERTAIN',
            file: file.display,
            line,
            column: node.loc.start.column,
            sample: lineAt(text, line),
            description: `\`new ${name}(...)\` is invisible to Electronegativity's window checks (it only matches a plain \`new BrowserWindow(\`/\`new BrowserView(\`): its webPreferences are not checked.`,
            url: '',
            manualReview: true,
          })
        }
      }
      for (const key of Object.keys(node)) {
        if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key.endsWith('Comments')) continue
        const child = node[key]
        if (child && typeof child === 'object') stack.push(child)
      }
    }
  }
  if (checked === 0 && findings.length === 0) {
    failures.push(
      'no `new BrowserWindow(...)` in the scanned code: the window checks (contextIsolation, nodeIntegration, sandbox, ...) had nothing to check. Wrong input?',
    )
  }
  return { findings, checked }
}

/** Electronegativity drops findings on lines marked `eng-disable CHECK`; here only accepted.json may accept. */
export function inlineSuppressions(byStaged) {
  for (const file of byStaged.values()) {
    if (path.basename(file.staged) === 'package.json') continue
    const lines = fs.readFileSync(file.staged, 'utf8').split('\n')
    lines.forEach((text, i) => {
      if (/eng-disable/i.test(text)) {
        failures.push(
          `inline Electronegativity suppression at ${file.display}:${i + 1} (\`${text.trim().slice(0, 100)}\`): record accepted findings in ${TOOL_REL}/accepted.json with a reason instead`,
        )
      }
    })
  }
}
