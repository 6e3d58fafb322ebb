import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'custom-elements.json', 'coverage/', 'bench/.generated/'] },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'log', 'info'] }],
    },
  },
  {
    // One way to write a translated string: msg() calls live in the text modules, as functions called
    // at render time; elements call those functions and never keep their results.
    files: ['src/**/*.ts'],
    ignores: ['src/**/messages.ts', 'src/core/data/texts.ts', 'src/core/data/place-names.ts', 'src/core/i18n/locale-registry.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@lit/localize', importNames: ['msg', 'str'], message: 'Write texts in the folder\'s messages.ts.' }] }],
    },
  },
  {
    // Old CMS libraries (Prototype.js, MooTools) replace Array.from with one that ignores a map function.
    files: ['src/**/*.ts'],
    ignores: ['src/core/element/define.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.object.name='Array'][callee.property.name='from'][arguments.length>1]",
        message: 'Old CMS libraries replace Array.from and ignore its map function: use times() or [...x].map().',
      }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
