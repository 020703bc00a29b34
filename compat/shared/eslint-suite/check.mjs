// Lints src/ with eslint.config.js through ESLint's API: the bad request is reported in JavaScript
// and in typed TypeScript, the good one is not, and nothing fails to parse.
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const results = await new ESLint().lintFiles(['src']);
const byFile = Object.fromEntries(results.map((result) => [result.filePath.replace(/^.*[/\\]src[/\\]/, ''), result.messages]));
for (const messages of Object.values(byFile)) assert.deepEqual(messages.filter((message) => message.fatal), []);
for (const file of ['bad.js', 'bad.ts']) {
  assert.deepEqual(
    byFile[file]?.map((message) => `${message.ruleId}@${message.line}: ${message.message.split(':')[0]}`),
    ['cloudtrail-import/valid-destination@6: destination-pattern', 'cloudtrail-import/valid-destination@6: destination-not-event-data-store'],
    file,
  );
}
assert.deepEqual(byFile['good.ts'], []);
console.log(`ESLint ${ESLint.version}: the plugin reports the bad request in ${Object.keys(byFile).length - 1} files, not the good one`);
