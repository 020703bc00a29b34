import { cappedEditDistance } from '../rules/near-miss.js';

/** The option of `options` nearest to `typed`, when it is near enough to be a slip of the keyboard. */
export function nearestOption(typed: string, options: readonly string[]): string | undefined {
  // The same letters in other case (`GETIMPORT`, `--FORMAT`) are the name meant, however many edits apart.
  const folded = typed.toLowerCase();
  const sameLetters = options.find((option) => option.toLowerCase() === folded);
  if (sameLetters !== undefined) return sameLetters;
  // A letter typed as a short option no command has (`-v`) means the one long option of that initial (`--version`), not another letter.
  if (/^-[a-z]$/i.test(typed)) {
    const initial = options.filter((option) => option.toLowerCase().startsWith(`--${folded.slice(1)}`));
    if (initial.length === 1) return initial[0];
  }
  // A third of the name (at least two edits: a swap of two letters is two) is a typo; more is another word.
  const bare = typed.replace(/^-+/, '');
  const limit = Math.max(2, Math.floor(bare.length / 3)) + 1;
  let nearest: string | undefined;
  let distance = limit;
  for (const option of options) {
    // The unknown-member check's distance, which gives up past the limit.
    const d = cappedEditDistance(typed, option, limit);
    if (d < distance) [nearest, distance] = [option, d];
  }
  return nearest;
}

/** `; did you mean X?` for the option (or value) of `options` nearest to `typed`, when one is near; '' otherwise. */
export function didYouMean(typed: string, options: readonly string[]): string {
  const nearest = nearestOption(typed, options);
  return nearest === undefined ? '' : `; did you mean ${nearest}?`;
}

/**
 * The usage error for an option `command` does not know, as every command words it: the nearest
 * known option when one is near (`did you mean --format?`), else the list of them.
 *
 * @example
 * unknownOption('check', '--fromat', ['--format', '--kind']); // "unknown check option '--fromat'; did you mean --format?"
 */
export function unknownOption(command: string | undefined, typed: string, options: readonly string[]): string {
  const what = command === undefined ? 'unknown option' : `unknown ${command} option`;
  const nearest = nearestOption(typed, options);
  const message = nearest === undefined ? `${what} '${typed}' (options: ${options.join(', ')})` : `${what} '${typed}'; did you mean ${nearest}?`;
  // `-dash.json`: more likely a file than letters of options; say how to name it.
  return typed.length > 2 && typed.startsWith('-') && !typed.startsWith('--') ? `${message} (a PATH that starts with - goes after -- or as ./${typed})` : message;
}
