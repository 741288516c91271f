// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * Layering (ARCHITECTURE.md), enforced here rather than in review:
 * - src/shared imports nothing from main, preload or renderer, and never electron or Node.
 * - src/renderer imports only shared code (and its own), never main, preload or electron.
 * - only src/main/app and src/preload import electron.
 * - only src/main/db touches SQL: better-sqlite3 and drizzle-orm are banned elsewhere.
 */
const electronBan = {
  name: 'electron',
  message: 'Only src/main/app and src/preload may import electron (ARCHITECTURE.md).'
}
const sqlBan = [
  { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'SQL lives only in src/main/db.' }
]
const rendererBans = [
  { group: ['**/main/**', '**/preload/**', '!**/preload/*.d.ts'], message: 'The renderer talks to main only through window.api.' }
]
const nodeBuiltins = [{ group: ['node:*'], message: 'Shared and renderer code must run in a browser.' }]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'src/main/db/migrations/**', 'coverage/**', 'artifacts/**', '.preview-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            ...sqlBan,
            ...nodeBuiltins,
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'src/shared imports nothing from other layers.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        { paths: [electronBan], patterns: [...sqlBan, ...nodeBuiltins, ...rendererBans] }
      ]
    }
  },
  {
    // Everything in main except the Electron shell and the database layer.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/app/**', 'src/main/db/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronBan], patterns: sqlBan }]
    }
  },
  {
    files: ['src/main/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan] }] }
  },
  {
    files: ['src/main/app/**/*.ts', 'src/main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sqlBan }] }
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan] }] }
  }
)
