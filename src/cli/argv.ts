import { parseArgs } from 'node:util';

/**
 * The one reader of command lines: every command (`check`, `check-role`, `plan`, `rules`, `sample`)
 * reads its arguments through `readArguments`, which is `node:util` `parseArgs` in its lenient mode
 * (`strict: false`, tokens kept), so that each command words its own errors — in the order the
 * arguments come, with the "did you mean" of unknown-option.ts — instead of parseArgs' generic ones.
 */

/** An option a command knows: `string` takes a value (`--format json`, `--format=json`), `boolean` none. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** One letter it may also be typed as (`n` for `-n 5`). */
  readonly short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** One argument as read, in the order given. */
export type Argument =
  | {
      readonly kind: 'option';
      /** The option's name (`count` for `-n`); for an unknown one, as parseArgs splits it. */
      readonly name: string;
      /** As typed, without `=VALUE` (`--fromat`, `-n`): what messages quote. */
      readonly typed: string;
      /** Its value: the next argument or the one after `=`; `undefined` when a value option has none. */
      readonly value: string | undefined;
      /** The spec the command gave it; `undefined` for an option the command does not know. */
      readonly spec: OptionSpec | undefined;
      /** Its index in `argv`. */
      readonly index: number;
    }
  /** A PATH or a command word; `-` (stdin) is one, and so is every argument after `--`. */
  | { readonly kind: 'positional'; readonly value: string; readonly afterTerminator: boolean; readonly index: number };

/**
 * `argv` read against the options of `options`: `--name VALUE`, `--name=VALUE`, `-x VALUE` for a
 * short spelling, `-` as a positional, and everything after `--` as positionals. A value option
 * takes the next argument whatever it is (`--now -1` is a value); an unknown option takes none.
 */
export function readArguments(argv: readonly string[], options: OptionSpecs): readonly Argument[] {
  const { tokens } = parseArgs({ args: [...argv], options: { ...options }, strict: false, allowPositionals: true, tokens: true });
  const read: Argument[] = [];
  let afterTerminator = false;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') afterTerminator = true;
    else if (token.kind === 'positional') read.push({ kind: 'positional', value: token.value, afterTerminator, index: token.index });
    else {
      const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
      read.push({ kind: 'option', name: token.name, typed: token.rawName, value: token.value, spec, index: token.index });
    }
  }
  return read;
}

/** The long and short spellings of `options` (`--format`, `-n`), as messages list them. */
export function spellings(options: OptionSpecs): string[] {
  return Object.entries(options).flatMap(([name, spec]) => [`--${name}`, ...(spec.short === undefined ? [] : [`-${spec.short}`])]);
}
