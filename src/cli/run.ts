import type { CheckCommand, SampleCommand } from './args.js';
import { parseCommandLine } from './args.js';
import { checkRoleArguments, runCheckRole } from './check-role.js';
import { exitCodeOf, runCheck } from './check.js';
import type { CliIo } from './io.js';
import { planArguments, runPlanCommand } from './plan.js';
import { isMissingPackage } from '../peer.js';
import { jsonReporter } from './report-json.js';
import { textReporter } from './report-text.js';
import { rulesReport } from './rules-command.js';
import type { runSample } from './sample.js';
import { sarifReporter } from './sarif.js';
import { TOOL_NAME, USAGE, USAGE_HINT } from './usage.js';

async function check(command: CheckCommand, io: CliIo): Promise<number> {
  const reporter =
    command.format === 'json' ? jsonReporter(io.stdout, io.stderr) : command.format === 'sarif' ? sarifReporter(io.stdout, io.stderr, io.version, io.cwd) : textReporter(io.stdout, io.stderr);
  return exitCodeOf(await runCheck(command, io, reporter));
}

function usageError(message: string, io: CliIo): number {
  io.stderr.write(`${TOOL_NAME}: ${message}\n${USAGE_HINT}\n`);
  return 2;
}

async function sample(command: SampleCommand, io: CliIo): Promise<number> {
  // Loaded on demand: fast-check is an optional peer dependency that only `sample` needs.
  let module: { readonly runSample: typeof runSample };
  try {
    module = await import('./sample.js');
  } catch (error) {
    if (isMissingPackage(error, 'fast-check')) return usageError('sample needs fast-check, an optional peer dependency: npm install --save-dev fast-check', io);
    throw error;
  }
  const outcome = module.runSample(command, io);
  return outcome.code === 0 ? 0 : usageError(outcome.message, io);
}

/**
 * Runs the CLI on `argv` (the arguments after the script) and resolves to the exit code:
 * 0 when no document has an error violation (or `sample` printed its lines), 1 when one has,
 * 2 for bad usage or an input that could not be checked. Never exits the process; `main.ts` does that.
 *
 * @example
 * const code = await runCli(['check', 'requests/'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), version: () => '0.1.0' });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // plan and check-role read their own options (--listing is plan's alone), before or after their word.
  const plan = planArguments(argv);
  if (plan !== undefined) return runPlanCommand(plan, io);
  const checkRole = checkRoleArguments(argv);
  if (checkRole !== undefined) return runCheckRole(checkRole, io, USAGE);
  const invocation = parseCommandLine(argv);
  switch (invocation.command) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
      io.stdout.write(`${io.version()}\n`);
      return 0;
    case 'rules':
      io.stdout.write(rulesReport(invocation.format));
      return 0;
    case 'check':
      return check(invocation, io);
    case 'sample':
      return sample(invocation, io);
    case 'usage-error':
      return usageError(invocation.message, io);
  }
}
