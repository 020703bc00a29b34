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
  // The arguments parseArgs split into several options: groups of short letters (`-abc`).
  const seen = new Set<number>();
  const grouped = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.index)) grouped.add(token.index);
    seen.add(token.index);
  }
  let afterTerminator = false;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') afterTerminator = true;
    else if (token.kind === 'positional') read.push({ kind: 'positional', value: token.value, afterTerminator, index: token.index });
    else if (grouped.has(token.index)) {
      // `-abc` is no option of any command (none takes grouped letters): parseArgs would read it as
      // -a -b -c, so that a file named `-dash.json` became -d -a -s -h (help, exit 0) and nothing was
      // checked. The whole argument is one unknown option, named as typed.
      if (read.at(-1)?.index !== token.index) read.push({ kind: 'option', name: argv[token.index] as string, typed: argv[token.index] as string, value: undefined, spec: undefined, index: token.index });
      // A letter of the group that takes a value took the next argument: it is read again, as what it is.
      if (token.value !== undefined && !token.inlineValue) {
        const after = token.index + 1;
        return [...read, ...readArguments(argv.slice(after), options).map((argument) => ({ ...argument, index: argument.index + after }))];
      }
    } else {
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

/**
 * The arguments of a command line whose command is `word`, without the word, wherever it stands
 * (options may come before it); `undefined` when the command is another. The command word is the
 * first argument that is neither an option nor the value of one, read with `options` (every
 * option a command line may hold, so that a value is never taken for the word).
 */
export function commandArguments(argv: readonly string[], word: string, options: OptionSpecs): readonly string[] | undefined {
  const first = readArguments(argv, options).find((arg) => arg.kind === 'positional');
  if (first?.kind !== 'positional' || first.afterTerminator || first.value !== word) return undefined;
  return [...argv.slice(0, first.index), ...argv.slice(first.index + 1)];
}
