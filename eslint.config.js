import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Data from files is never markup.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from data.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No HTML from data.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No HTML from data.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No HTML from data.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The data core stays pure: no React, no DOM libraries, no store or views.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'leaflet', 'zustand', 'zustand/*'],
              message: 'src/data is React- and DOM-free.',
            },
            {
              group: [
                '../store/*',
                '../map/*',
                '../timeline/*',
                '../table/*',
                '../io/*',
                '../ui/*',
                '../app/*',
              ],
              message: 'src/data imports no view or store code.',
            },
          ],
        },
      ],
    },
  },
);
