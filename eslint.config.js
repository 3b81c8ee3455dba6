import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/output'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Type-aware: a promise nobody awaits or catches loses its error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
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
    // The layers (README, Architecture): data ← store/io ← views ← app. Checked on resolved paths, so
    // no relative spelling gets round it; a test (tests/security/layers.test.ts) proves it bites.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        { type: 'data', pattern: 'src/data' },
        { type: 'store', pattern: 'src/store' },
        { type: 'io', pattern: 'src/io' },
        { type: 'view', pattern: 'src/(map|timeline|table|ui)', capture: ['name'] },
        { type: 'app', pattern: 'src/app' },
        { type: 'cli', pattern: 'src/cli' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'data' } }, allow: { to: { element: { type: 'data' } } } },
            {
              from: { element: { types: { anyOf: ['store', 'io'] } } },
              allow: { to: { element: { types: { anyOf: ['data', 'store', 'io'] } } } },
            },
            {
              // A view uses the data core, the store and its own folder; the shared ui parts are open to all views.
              from: { element: { type: 'view' } },
              allow: { to: { element: { types: { anyOf: ['data', 'store'] } } } },
            },
            {
              from: { element: { type: 'view' } },
              allow: { to: { element: { type: 'view', captured: { name: '{{ from.captured.name }}' } } } },
            },
            {
              from: { element: { type: 'view' } },
              allow: { to: { element: { type: 'view', captured: { name: 'ui' } } } },
            },
            {
              from: { element: { types: { anyOf: ['app'] } } },
              allow: { to: { element: { types: { anyOf: ['data', 'store', 'io', 'view', 'app'] } } } },
            },
            {
              from: { element: { type: 'cli' } },
              allow: { to: { element: { types: { anyOf: ['data', 'cli'] } } } },
            },
          ],
        },
      ],
    },
  },
  {
    // The data core stays pure: no React, no DOM libraries; ES and worker globals only.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'leaflet', 'zustand', 'zustand/*', 'idb-keyval'],
              message: 'src/data is React- and DOM-free.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'HTMLElement',
          'Element',
          'Node',
          'indexedDB',
          'location',
          'history',
          'alert',
        ].map((name) => ({
          name,
          message: 'src/data runs in a worker and in Node: no DOM.',
        })),
      ],
    },
  },
);
