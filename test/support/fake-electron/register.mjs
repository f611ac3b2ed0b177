// Loaded with `node --import`: makes `import ... from 'electron'` resolve to the recording fake.
import { register } from 'node:module'

register('./resolve-hook.mjs', import.meta.url)
