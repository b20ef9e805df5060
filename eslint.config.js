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
    // Shared contracts are imported by every layer, browser and server alike, so they import no layer and no platform.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../adapters/*', '../store/*', '../store', '../panel/*', '../companion/*', '../workspace/*'], message: 'src/shared is imported by every layer; it imports none of them.' },
        { group: ['react', 'react-dom', 'axios', 'zustand', '@zendeskgarden/*', 'node:*', 'fastify'], message: 'src/shared runs in the browser and in Node: no UI, HTTP client or Node APIs.' },
      ] }],
    },
  },
  {
    // Components render the store; only adapters talk to a helpdesk.
    files: ['src/panel/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../adapters/*', '../../adapters/*'], message: 'The panel reads the store; it never calls an adapter.' }] }],
    },
  },
);
