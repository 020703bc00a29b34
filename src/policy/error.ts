/** A policy file or object that cannot be used: names where it came from and lists every problem. */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  /** The file, or `(policy object)`. */
  readonly source: string;
  /** Each problem, one line each. */
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    const list = problems.map((p) => `  - ${p}`).join('\n');
    super(`invalid import policy ${source}:\n${list}`);
    this.source = source;
    this.problems = Object.freeze([...problems]);
  }
}
