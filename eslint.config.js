import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The rules module is pure: it may import only from itself.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['../*', '!./*', 'react', 'react-dom', 'axios', 'zustand', '@zendeskgarden/*', 'node:*'],
            message: 'src/rules is pure: import only from inside src/rules (and valibot).' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass time in.' }, { object: 'Math', property: 'random', message: 'Rules are deterministic.' }],
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
