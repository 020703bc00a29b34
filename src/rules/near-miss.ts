import { clip } from '../contract/timestamps.js';

/** The member a mistyped key most likely meant: same letters but case, a missing or extra letter or two. */
export function nearMiss(key: string, members: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of members) {
    const distance = editDistance(lower, name.toLowerCase(), 3);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

// Two rows of the distance table, reused by every call and grown as needed: a mistyped key is
// common in unseen requests, and building rows per member was most of an unknown-member's cost.
let previous: number[] = [];
let current: number[] = [];

/** Levenshtein distance, giving up (returning `limit`) once it exceeds `limit - 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const replace = (previous[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = (previous[j] as number) + 1;
      const insert = (current[j - 1] as number) + 1;
      const best = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every later row is at least this row's least value.
    if (rowMin >= limit) return limit;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const distance = previous[b.length] as number;
  return distance < limit ? distance : limit;
}

/** unknown-member's message for `key` in a structure of `members`, with its "did you mean". */
export function unknownMemberMessage(key: string, members: readonly string[]): string {
  const near = nearMiss(key, members);
  const hint = near === undefined ? `members are ${members.join(', ')}` : `did you mean '${near}'?`;
  return `must not have member '${clip(key, 40)}': the SDK silently drops it (${hint})`;
}
