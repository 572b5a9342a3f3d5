// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'net',
  'http',
  'https',
  'url',
  'stream',
  'worker_threads'
]

/** The renderer reaches core and shared through its aliases, not `../../../../core`. */
const relativeCoreOrShared = {
  group: ['**/core', '**/core/**', '**/shared', '**/shared/**'],
  message: 'Import core and shared through @core and @shared (electron.vite.config.ts).'
}

/** The aliases are the renderer's; no other layer may reach the renderer through them. */
const rendererAliases = ['@renderer', '@renderer/**']

/** Layer rules (docs/adr/0001-process-boundaries.md). */
const layer = (files, { paths = [], patterns = [], extra = [] }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({
          name,
          message: 'Not allowed in this layer (see CONTRIBUTING.md).'
        })),
        patterns: [
          ...patterns.map((group) => ({
            group: [group],
            message: 'Not allowed in this layer (see CONTRIBUTING.md).'
          })),
          ...extra
        ]
      }
    ]
  }
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench-results/**',
      'tests/e2e/harness/electron-shim.js'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object and a union type instead of enum.'
        }
      ]
    }
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node }
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  // Crypto from public, audited APIs only (ADR 0003): no library internals anywhere in src/.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@noble/ciphers/aes.js',
              importNames: ['unsafe'],
              message: 'Use the public gcm() (ADR 0003): noble internals may change at any time.'
            }
          ],
          patterns: [
            {
              group: ['@noble/*/_*', '@noble/*/src/*'],
              message: 'Private modules of a crypto library are not allowed (ADR 0003).'
            }
          ]
        }
      ]
    }
  },
  // core and shared: pure TypeScript, no platform code, no other layer.
  layer(['src/core/**/*.ts', 'src/shared/**/*.ts'], {
    paths: ['electron', 'react', 'react-dom', 'dexie', 'pdfmake', 'pdf-lib', ...nodeBuiltins],
    patterns: [
      'node:*',
      '**/main/**',
      '**/renderer/**',
      '**/preload/**',
      '@signpdf/*',
      'react-dom/*',
      ...rendererAliases
    ]
  }),
  // main never imports the renderer.
  layer(['src/main/**/*.ts'], {
    paths: ['react', 'react-dom', 'dexie'],
    patterns: ['**/renderer/**', '**/preload/**', ...rendererAliases]
  }),
  // preload: electron plus the channel list; no schemas, no other layer.
  layer(['src/preload/**/*.ts'], {
    paths: ['zod', 'react', 'react-dom', 'dexie', ...nodeBuiltins],
    patterns: ['node:*', '**/main/**', '**/renderer/**', '**/core/**', ...rendererAliases]
  }),
  // renderer: never electron or main; only repositories touch Dexie, and only the data layer
  // sees that subjects and cases are stored in pages (ADR 0015).
  layer(['src/renderer/**/*.{ts,tsx}'], {
    paths: ['electron', 'dexie', 'dexie-react-hooks', ...nodeBuiltins],
    patterns: ['node:*', '**/main/**', '**/preload/api*', '**/data/pages'],
    extra: [relativeCoreOrShared]
  }),
  // Components render and call callbacks: data access (repositories, the store's internals,
  // IPC) lives in the feature hooks (.ts). Types may still be imported.
  {
    files: ['src/renderer/src/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/renderer/src/data/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'dexie', 'dexie-react-hooks', ...nodeBuiltins].map((name) => ({
            name,
            message: 'Not allowed in this layer (see CONTRIBUTING.md).'
          })),
          patterns: [
            ...['node:*', '**/main/**', '**/preload/api*'].map((group) => ({
              group: [group],
              message: 'Not allowed in this layer (see CONTRIBUTING.md).'
            })),
            {
              group: ['**/data/*', '**/data/**', '**/lib/api'],
              allowTypeImports: true,
              message:
                'Components render and call callbacks; data access belongs in a feature hook (.ts), see CONTRIBUTING.md.'
            },
            relativeCoreOrShared
          ]
        }
      ]
    }
  },
  layer(['src/renderer/src/data/**/*.{ts,tsx}'], {
    paths: ['electron', ...nodeBuiltins],
    patterns: ['node:*', '**/main/**', '**/preload/api*'],
    extra: [relativeCoreOrShared]
  })
)
