// A flat config: the plugin's recommended rules on JavaScript (untyped) and on TypeScript parsed
// by typescript-eslint with type information.
import cloudtrailImport from 'cloudtrail-import-contract/eslint';
import tseslint from 'typescript-eslint';

export default [
  { files: ['src/**/*.js'], ...cloudtrailImport.configs.recommended },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    ...cloudtrailImport.configs.recommended,
  },
];
