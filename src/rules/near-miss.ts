import { clip } from '../contract/timestamps.js';

/**
 * Each list of members in lower case, made once per list: the lists are the model's (a shape's
 * members), never an input's, and lowering each name again for every unknown key was a fifth of
 * `nearMiss`'s cost on the unknown members of bench/unseen-pool.ts.
 */
const LOWERED = new WeakMap<readonly string[], readonly string[]>();

function lowered(members: readonly string[]): readonly string[] {
  let found = LOWERED.get(members);
  if (found === undefined) {
    found = members.map((name) => name.toLowerCase());
    LOWERED.set(members, found);
  }
  return found;
}

/** The member a mistyped key most likely meant: same letters but case, a missing or extra letter or two. */
export function nearMiss(key: string, members: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const names = lowered(members);
  let best: string | undefined;
  let bestDistance = 3;
  for (let index = 0; index < members.length; index += 1) {
    const name = names[index] as string;
    // A key differing in case only (the common mistake): no member can come nearer than it.
    if (lower === name) return members[index];
    // Bounded by the best so far, not by 3: a member no nearer than the best cannot be chosen, so its
    // distance is given up on as soon as it reaches the best (about a fifth off nearMiss on mistyped keys).
    const distance = editDistance(lower, name, bestDistance);
    if (distance < bestDistance) {
      best = members[index];
      bestDistance = distance;
    }
  }
  return best;
}

// Two rows of the distance table, reused by every call and grown as needed: a mistyped key is
// common in unseen requests, and building rows per member was most of an unknown-member's cost.
const previous: number[] = [];
const current: number[] = [];

/**
 * Levenshtein distance, giving up (returning `limit`) once it exceeds `limit - 1`. Only the cells
 * within `limit - 1` of the diagonal are computed (Ukkonen's band): any edit path through a cell
 * further off costs at least `limit`, so a cell outside the band is `limit`. On the unknown members
 * of bench/unseen-pool.ts this is about a fifth of the whole table's cost.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const band = limit - 1;
  // The two rows in locals, swapped there: the module's bindings only keep their storage between
  // calls (reading and writing module bindings in the loop cost about a sixth of nearMiss).
  let above = previous;
  let row = current;
  for (let j = 0; j <= b.length; j += 1) above[j] = j <= band ? j : limit;
  for (let i = 1; i <= a.length; i += 1) {
    const from = i - band > 1 ? i - band : 1;
    const to = i + band < b.length ? i + band : b.length;
    // The cell left of the band: column 0 (i edits) or outside the band.
    let rowMin = from === 1 && i <= band ? i : limit;
    row[from - 1] = rowMin;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const replace = (above[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = (above[j] as number) + 1;
      const insert = (row[j - 1] as number) + 1;
      const best = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // The cell right of the band, which the next row reads as its last `above[j]`.
    if (to < b.length) row[to + 1] = limit;
    // Every later row is at least this row's least value.
    if (rowMin >= limit) return limit;
    const swap = above;
    above = row;
    row = swap;
  }
  const distance = above[b.length] as number;
  return distance < limit ? distance : limit;
}

/** The capped distance `nearMiss` judges by: the one edit distance of the package (the CLI's "did you mean" and its reading of HAR targets use it too). */
export const cappedEditDistance: (a: string, b: string, limit: number) => number = editDistance;

/** unknown-member's message for `key` in a structure of `members`, with its "did you mean". */
export function unknownMemberMessage(key: string, members: readonly string[]): string {
  const near = nearMiss(key, members);
  const hint = near === undefined ? `members are ${members.join(', ')}` : `did you mean '${near}'?`;
  return `must not have member '${clip(key, 40)}': the SDK silently drops it (${hint})`;
}
