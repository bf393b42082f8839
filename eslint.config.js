// ESLint (flat config) with typescript-eslint: `npm run lint` (with `prettier --check`) in CI.
// Layout is Prettier's; these rules catch what a formatter cannot. Lines ≤ 120 characters and
// functions ≤ 60 lines hold for every file except the explicit, shrinking list in
// eslint-legacy.js (existing offenders, to be split when their owners next touch them).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LEGACY } from './eslint-legacy.js';

const maxLen = ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }];
// Test data and bench fixtures hold long strings (a YAML document, an expected message): their code keeps to 120.
const maxLenData = ['error', { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true }];
const maxFunction = ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'bench/results/', '.scratch/', 'scenarios/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'max-len': maxLen,
      'max-lines-per-function': maxFunction,
      'no-console': 'off',
      'no-control-regex': 'off', // the loader and the formatter match control characters on purpose
      'prefer-const': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  { files: ['**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
  {
    // Test bodies are scenarios (a `describe` holds many `it`s): the function-length rule is for code.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': 'off', 'max-len': maxLenData },
  },
  {
    // A checker message is one msg`…` template on one line: its text is the key of the translation catalogue.
    files: [
      'engine/load/**/*.ts',
      'engine/condition/*.ts',
      'engine/examples.ts',
      'engine/testing.ts',
      'web/preview/diagnostics-fr-catalogue.ts',
    ],
    rules: { 'max-len': maxLenData },
  },
  // The existing offenders, file by file and rule by rule (eslint-legacy.js): the list only shrinks.
  ...Object.entries(LEGACY).map(([rule, files]) => ({ files, rules: { [rule]: 'off' } })),
);
