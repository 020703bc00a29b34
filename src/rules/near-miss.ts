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

/** Levenshtein distance, giving up (returning `limit`) once it exceeds `limit - 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}

/** unknown-member's message for `key` in a structure of `members`, with its "did you mean". */
export function unknownMemberMessage(key: string, members: readonly string[]): string {
  const near = nearMiss(key, members);
  const hint = near === undefined ? `members are ${members.join(', ')}` : `did you mean '${near}'?`;
  return `must not have member '${clip(key, 40)}': the SDK silently drops it (${hint})`;
}
