import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaryConfigs } from './tests/tools/eslint-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      '.tools/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'demo-screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Gmail enforces Trusted Types, and HTML strings are how injection bugs start.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with createElement/textContent or React.' },
        { property: 'outerHTML', message: 'Build DOM with createElement/textContent or React.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with createElement/textContent or React.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings in the UI.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  { files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  // Import zones (docs/architecture.md): the pure core, the content script, the UI components.
  ...boundaryConfigs,
);
