import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_AND_IO = [
  { group: ['react', 'react-dom', 'axios', 'zustand', '@zendeskgarden/*', 'node:*', 'fs', 'path'], message: 'src/rules is pure: no UI, network or Node APIs.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-helpscout/', 'dist-cli/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript here is Node tooling (CI scripts, configs).
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The rules module is pure: it imports only from itself (and valibot), and never reads the clock or the page.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator', 'process'],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Pass time in.' },
        { object: 'Math', property: 'random', message: 'Rules are deterministic.' }],
    },
  },
  { files: ['src/rules/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../*'], message: 'src/rules is pure: import only from inside src/rules.' }, ...UI_AND_IO] }] } },
  { files: ['src/rules/data/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../../*'], message: 'src/rules is pure: import only from inside src/rules.' }, ...UI_AND_IO] }] } },
  {
    // Components render the store; only adapters talk to a helpdesk.
    files: ['src/panel/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../adapters/*', '../../adapters/*'], message: 'The panel reads the store; it never calls an adapter.' }] }],
    },
  },
);
