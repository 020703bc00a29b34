/** Edits (insertions, deletions, substitutions, swaps of two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // Three rows of the optimal-string-alignment table: options are short.
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The option of `options` nearest to `typed`, when it is near enough to be a slip of the keyboard. */
export function nearestOption(typed: string, options: readonly string[]): string | undefined {
  let nearest: string | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = editDistance(typed, option);
    if (d < distance) [nearest, distance] = [option, d];
  }
  // A third of the name (at least two edits) is a typo; more is another word.
  const bare = typed.replace(/^-+/, '');
  return distance <= Math.max(2, Math.floor(bare.length / 3)) ? nearest : undefined;
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
  return nearest === undefined ? `${what} '${typed}' (options: ${options.join(', ')})` : `${what} '${typed}'; did you mean ${nearest}?`;
}
