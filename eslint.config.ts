import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import cloudtrailImport from './src/eslint/index.js';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'src/generated/validators.ts', '.tmp/', 'test/consumer/project/', 'compat/cells/', 'compat/shared/', '.compat-cache/'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The examples are application code as a team writes it: the plugin checks their StartImport requests.
    files: ['examples/**/*.ts'],
    extends: [cloudtrailImport.configs.strict],
  },
  {
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // CommonJS as Jest runs it (test/jest/): untyped, `require` is how it imports.
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { console: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
