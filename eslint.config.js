// ESLint: TypeScript rules everywhere, plus the runtime boundaries (shared/core never import electron;
// the renderer imports neither Node nor the core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', '.electron-native', 'release', 'test-results', 'playwright-report', 'drizzle/migrations', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['**/*.{js,mjs,cjs,ts}'], ignores: ['renderer/**'], languageOptions: { globals: globals.node } },
  // electron-builder loads its configuration and hooks with require(): those files are CommonJS.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', ...nodeBuiltins].map((name) => ({ name, message: 'electron/shared runs anywhere: no Node or Electron imports.' })),
        patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**', '**/drizzle/**'], message: 'shared must not depend on runtime-specific code.' }],
      }],
    },
  },
  {
    files: ['electron/core/**', 'electron/web/**', 'electron/cli/**', 'drizzle/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The core is plain Node: it must never import electron.' }],
        patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'The core must not depend on the Electron shell.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: ['electron', 'better-sqlite3', 'drizzle-orm', ...nodeBuiltins].map((name) => ({ name, message: 'The renderer knows only the API contract: no Node, Electron or database code.' })),
        patterns: [{ group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/web/**', '**/electron/cli/**', '**/drizzle/**', 'drizzle-orm/*'], message: 'The renderer may import only @shared (electron/shared).' }],
      }],
    },
  },
);
