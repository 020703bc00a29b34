/**
 * Jest over the package's CommonJS build, as a Jest user loads it: `test/matchers/jest-run.test.ts`
 * runs it after `npm run build`. Plain CommonJS tests: nothing to transform. No injected globals:
 * the tests take them from `@jest/globals`, as the entry does.
 */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/jest'],
  testMatch: ['**/test/jest/**/*.test.cjs'],
  testEnvironment: 'node',
  transform: {},
  injectGlobals: false,
};
