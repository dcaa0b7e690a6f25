// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Pure modules run unchanged in Node (CLI, bench, tests): no browser APIs, no DOM, no Dexie.
const PURE = [
  'utils/subtitles/**',
  'utils/language/**',
  'utils/notes/**',
  'utils/dictionary/format/**',
];

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', 'public/', 'tests/fixtures/', '.e2e-profiles/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Untrusted text is rendered as text, never as HTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: PURE,
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt/*',
                'wxt',
                'dexie',
                'dexie-*',
                'react',
                'react-dom',
                'webextension-polyfill',
                '@wxt-dev/*',
              ],
              message: 'Pure modules must not use browser or storage APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'browser',
        'chrome',
        'document',
        'window',
        'indexedDB',
        'navigator',
        'location',
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
