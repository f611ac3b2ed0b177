import js from '@eslint/js'
import { readdirSync } from 'node:fs'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Node built-ins, with and without the `node:` prefix: forbidden in src/shared. */
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'child_process',
  'stream',
  'worker_threads',
  'util',
  'events',
  'buffer',
  'process',
]

const noElectron = { group: ['electron', 'electron/*'], message: 'The core and shared code must run without Electron (browser mode, command line, tests).' }

/**
 * What each folder of src/main may not import: the layers above it. Data flows spec -> core ->
 * storage -> events one way; core owns its types and storage and providers implement its ports.
 * A relative import reaches another folder of src/main as a run of `../` then the folder's name,
 * so the regex cannot mistake `../../shared/providers` for `../../providers`.
 */
/** The renderer talks to main only through the preload's API and the shared contract. */
const rendererNoMain = {
  group: ['**/main/**', '**/main', 'electron', 'electron/*'],
  message: 'The renderer may not import src/main or Electron: use the contract (src/shared) and the preload API.',
}

const privateMembers = { selector: 'PrivateIdentifier', message: 'Use TypeScript `private`: the Electron security scanner cannot parse #private members.' }

const MAIN_LAYERS = {
  core: ['storage', 'providers', 'export', 'services', 'ipc', 'web', 'cli', 'app', 'compose-services', 'index'],
  storage: ['providers', 'export', 'services', 'ipc', 'web', 'cli', 'app', 'compose-services', 'index'],
  providers: ['export', 'services', 'ipc', 'web', 'cli', 'app', 'compose-services', 'index'],
  export: ['providers', 'services', 'ipc', 'web', 'cli', 'app', 'compose-services', 'index'],
  services: ['ipc', 'web', 'cli', 'app', 'compose-services', 'index'],
  ipc: ['web', 'cli', 'app', 'compose-services', 'index'],
  app: ['services', 'ipc', 'web', 'cli', 'compose-services', 'index'],
  web: ['cli', 'index'],
}

function mainLayerRules() {
  return Object.entries(MAIN_LAYERS).map(([folder, above]) => ({
    files: [`src/main/${folder}/**/*.ts`],
    rules: {
      // Lazy `import()` too: the import rule does not see it. Repeats the #private ban (options replace).
      'no-restricted-syntax': [
        'error',
        privateMembers,
        {
          selector: `ImportExpression[source.value=/^(\\.\\.\\/)+(${above.join('|')})(\\/|$)/]`,
          message: `src/main/${folder} may not import ${above.join(', ')}, not even lazily: those layers sit above it.`,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(folder === 'core' ? [noElectron] : []),
            {
              regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
              message: `src/main/${folder} may not import ${above.join(', ')}: those layers sit above it (docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  }))
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tools/electronegativity/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The Electron security scan (tools/electronegativity) cannot parse `#private` class members,
    // and a file it cannot parse goes unchecked; TypeScript's `private` does the same job here.
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', privateMembers] },
  },
  // Layers of src/main, each importing only the ones below it (docs/architecture.md).
  ...mainLayerRules(),
  {
    // Shared code is imported by the renderer, the preload and main: nothing platform-specific.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: nodeBuiltins, message: 'src/shared runs in the browser too: no Node modules.' },
            { group: ['react', 'react-dom', 'react/*', '@mantine/*'], message: 'src/shared must not depend on the UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'Buffer',
        '__dirname',
        '__filename',
        'require',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The renderer talks to main only through the preload's API and the shared contract.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [rendererNoMain],
        },
      ],
    },
  },
  {
    // Opening anything outside the app goes through app/security.ts's https-only check.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/app/security.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Open external pages with createSystemBrowserOpener (src/main/app/security.ts).' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  // A renderer feature may not import another feature: what two features share lives in components/
  // (UI) or lib/ (hooks, helpers, formats). One block per feature folder and nesting depth, since
  // `../` from features/runs/ice/ is runs itself. These blocks replace the renderer block's
  // no-restricted-imports options for features, so its src/main and Electron patterns are repeated.
  ...readdirSync(new URL('./src/renderer/src/features', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name }) =>
      [1, 2, 3, 4].map((depth) => ({
        files: [`src/renderer/src/features/${name}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                rendererNoMain,
                {
                  regex: `^${'\\.\\./'.repeat(depth)}(?!${name}(/|$)|\\.\\./)`,
                  message: `Features may not import each other: move what ${name} shares with another feature to src/renderer/src/components or src/renderer/src/lib.`,
                },
                {
                  regex: '(^|/)features/',
                  message: 'Features may not import each other, not even through features/: use src/renderer/src/components or src/renderer/src/lib.',
                },
              ],
            },
          ],
        },
      })),
    ),
)
