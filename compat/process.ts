/** Running a command of a cell: its exit code and everything it printed, interleaved. */
import { spawn } from 'node:child_process';

/** How a command ended. */
export interface CommandResult {
  /** The exit code; -1 when a signal (or the time limit) ended it. */
  readonly code: number;
  /** stdout and stderr, in the order they arrived. */
  readonly output: string;
}

/** Where and how long a command runs. */
export interface CommandOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Killed after this many milliseconds (default 10 minutes). */
  readonly timeoutMs?: number;
}

/** Runs `command` to its end; never throws for a failing command (its result says so). */
export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    // npm and the bins of node_modules/.bin are .cmd shims on Windows, which only a shell can start.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, shell: process.platform === 'win32' });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${Buffer.concat(chunks).toString()}\n${command} could not start: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString();
      resolve({ code: code ?? -1, output: signal === null ? output : `${output}\n${command} ended by ${signal}` });
    });
  });
}
