/**
 * Runs the built CLI on the shipped fixtures, as a user would (`npm run demo` builds first):
 * every valid folder must exit 0 and every invalid one 1. Exits 1 when any did not.
 */
import { spawnSync } from 'node:child_process';
// Imported rather than global: the lint config declares no Node globals for plain .mjs scripts.
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = 'dist/esm/cli/main.js';

const runs = [
  { args: ['check', 'fixtures/requests/valid'], expected: 0 },
  { args: ['check', 'fixtures/requests/invalid'], expected: 1 },
  { args: ['check', '--kind', 'response', 'fixtures/responses/valid'], expected: 0 },
  { args: ['check', '--kind', 'response', 'fixtures/responses/invalid'], expected: 1 },
  // A response can be valid alone and still not answer its request: the User Guide's own example.
  {
    args: [
      'check',
      '--kind',
      'response',
      '--request',
      'fixtures/requests/valid/aws-user-guide-start-import.json',
      'fixtures/responses/invalid/aws-user-guide-response-vs-its-request.json',
    ],
    expected: 1,
  },
  { args: ['check', '--kind', 'error', 'fixtures/errors/valid'], expected: 0 },
  { args: ['check', '--kind', 'error', 'fixtures/errors/invalid'], expected: 1 },
  // A modeled error answered with the wrong HTTP status.
  { args: ['check', '--kind', 'error', '--status', '400', 'fixtures/errors/invalid/not-found-as-400.json'], expected: 1 },
  // HTTP requests as the endpoints receive them: the wire checks, then the body as the operation's input.
  { args: ['check', '--kind', 'wire', 'fixtures/wire/valid/sdk-start-import.json', 'fixtures/wire/valid/botocore-list-imports.json'], expected: 0 },
  { args: ['check', '--kind', 'wire', '--service', 'CloudWatchLogs', 'fixtures/wire/valid/logs-create-import-task.json'], expected: 0 },
  { args: ['check', '--kind', 'wire', 'fixtures/wire/invalid'], expected: 1 },
];

const unexpected = [];
for (const { args, expected } of runs) {
  const command = `cloudtrail-import-contract ${args.join(' ')}`;
  console.log(`\n=== ${command} (expect exit ${expected})`);
  // Inherited stdio: the CLI's own output, unchanged, between the headings.
  const { status, error } = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (error !== undefined) console.log(`could not run: ${error.message}`);
  if (status !== expected) unexpected.push(`${command}: exited ${status ?? 'by a signal'}, expected ${expected}`);
}

console.log('');
if (unexpected.length === 0) {
  console.log(`demo: all ${runs.length} runs exited as expected`);
} else {
  for (const line of unexpected) console.log(`demo: ${line}`);
  process.exitCode = 1;
}
