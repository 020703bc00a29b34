import type { Violation } from './types.js';

/** The shared empty result of a rule. */
export const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);
