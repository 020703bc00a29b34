/**
 * Static evaluation of a request expression: what is known of its value, which members are
 * written but unknown, which objects and arrays may hold more than is written (a spread), and
 * where each member is written.
 */
import type { SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import { MAX_SPREADS_FOLLOWED, pointer } from '../../rules/index.js';
import { defineMember } from '../../contract/record.js';
import { ECMASCRIPT_DATE } from '../../contract/timestamps.js';
import { is, keyName, memberName, unwrap, type AnyNode } from './nodes.js';
import { constInitOf } from './const-values.js';
import { isGlobal, isNonNullableParameter } from './scope.js';

/** What is statically known of a request, in the form `validatePartialStartImportRequest` takes. */
export interface Evaluation {
  /** The known part: plain objects and arrays of strings, numbers, booleans, null, Dates. */
  readonly value: unknown;
  /** JSON Pointers of members written with a value that is not known. */
  readonly unknown: ReadonlySet<string>;
  /** Those of `unknown` whose value is surely neither null nor undefined: a template literal, a `new`, a parameter typed `string`. */
  readonly defined: ReadonlySet<string>;
  /** JSON Pointers of objects and arrays with a spread (or a computed key): more members may be there. */
  readonly open: ReadonlySet<string>;
  /** Where each written member is: its property, or its array element. */
  readonly nodes: ReadonlyMap<string, AnyNode>;
}

const UNKNOWN: unique symbol = Symbol('unknown');
/** A value known statically, or `UNKNOWN` (which no source value can be). */
type Outcome = unknown;

// A request nests three levels; constants chained deeper than this are not worth following.
const MAX_DEPTH = 16;

function literal(node: ESTree.Literal): Outcome {
  if ('regex' in node || 'bigint' in node) return UNKNOWN;
  return node.value;
}

class Evaluator {
  readonly unknown = new Set<string>();
  readonly defined = new Set<string>();
  readonly open = new Set<string>();
  readonly nodes = new Map<string, AnyNode>();

  constructor(
    private readonly sourceCode: SourceCode,
    // The constants being followed: `const a = { b: a }` must not loop.
    private readonly following = new Set<AnyNode>(),
    // Spreads left to follow, shared by the evaluators of one request (MAX_SPREADS_FOLLOWED).
    private readonly spreads = { left: MAX_SPREADS_FOLLOWED },
  ) {}

  value(node: AnyNode, path: string, depth: number): Outcome {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const target = unwrap(node);
    if (is(target, 'ObjectExpression')) return this.object(target, path, depth);
    if (is(target, 'ArrayExpression')) return this.array(target, path, depth);
    if (is(target, 'NewExpression')) return this.date(target, depth);
    if (is(target, 'Identifier')) return this.follow(target, (init) => this.value(init, path, depth + 1));
    return this.scalar(target, depth);
  }

  /** A string, number, boolean, null or undefined known from literals and constants. */
  private scalar(node: AnyNode, depth: number): Outcome {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const target = unwrap(node);
    if (is(target, 'Literal')) return literal(target);
    if (is(target, 'TemplateLiteral')) return this.template(target, depth);
    if (is(target, 'UnaryExpression') && target.operator === '-') {
      const value = this.scalar(target.argument, depth + 1);
      return typeof value === 'number' ? -value : UNKNOWN;
    }
    if (is(target, 'Identifier')) return this.follow(target, (init) => this.scalar(init, depth + 1));
    return UNKNOWN;
  }

  /** A template literal whose every part is a known string, number, boolean, null or undefined. */
  private template(node: ESTree.TemplateLiteral, depth: number): Outcome {
    let text = node.quasis[0]?.value.cooked ?? undefined;
    for (const [index, expression] of node.expressions.entries()) {
      const part = this.scalar(expression, depth + 1);
      const next = node.quasis[index + 1]?.value.cooked ?? undefined;
      if (text === undefined || next === undefined || part === UNKNOWN || (typeof part === 'object' && part !== null)) return UNKNOWN;
      text += String(part) + next;
    }
    return text ?? UNKNOWN;
  }

  /** Whether an expression whose value is unknown is surely neither null nor undefined. */
  private surelyDefined(node: AnyNode, depth: number): boolean {
    const target = unwrap(node);
    if (is(target, 'TemplateLiteral') || is(target, 'NewExpression')) return true;
    if (!is(target, 'Identifier') || depth > MAX_DEPTH) return false;
    if (isNonNullableParameter(this.sourceCode, target)) return true;
    const init = constInitOf(this.sourceCode, target);
    return init !== undefined && this.surelyDefined(init, depth + 1);
  }

  /** The value of a constant (or the global `undefined`); unknown for anything else a name may be bound to. */
  private follow(identifier: ESTree.Identifier, evaluate: (init: AnyNode) => Outcome): Outcome {
    if (identifier.name === 'undefined' && isGlobal(this.sourceCode, identifier)) return undefined;
    const init = constInitOf(this.sourceCode, identifier);
    if (init === undefined || this.following.has(init)) return UNKNOWN;
    this.following.add(init);
    try {
      return evaluate(init);
    } finally {
      this.following.delete(init);
    }
  }

  /** `new Date(<literal>)` (a string of ECMAScript's date format, or any string no engine reads as a date) and `new Date(Date.UTC(<numbers>))`; any other `new` is unknown. */
  private date(node: ESTree.NewExpression, depth: number): Outcome {
    const [argument] = node.arguments;
    if (!is(node.callee, 'Identifier') || node.callee.name !== 'Date' || node.arguments.length !== 1 || argument === undefined) return UNKNOWN;
    if (argument.type === 'SpreadElement' || !isGlobal(this.sourceCode, node.callee)) return UNKNOWN;
    const utc = this.utc(argument, depth);
    if (utc !== undefined) return new Date(utc);
    const value = this.scalar(argument, depth + 1);
    if (typeof value === 'number') return new Date(value);
    if (typeof value !== 'string') return UNKNOWN;
    // Only ECMAScript's own format names one instant on every machine: a date-time without an offset
    // is local time, and other forms ('Jan 1 2024 02:00') are read by the engine as it likes, mostly
    // as local time too. Such an instant is unknown (the linting machine's time zone must not decide a
    // report); a text no machine reads as a date is an Invalid Date on every one.
    const date = new Date(value);
    return ECMASCRIPT_DATE.test(value) || Number.isNaN(date.getTime()) ? date : UNKNOWN;
  }

  private utc(node: AnyNode, depth: number): number | undefined {
    const call = unwrap(node);
    if (!is(call, 'CallExpression') || !is(call.callee, 'MemberExpression') || memberName(call.callee) !== 'UTC') return undefined;
    const { object } = call.callee;
    if (!is(object, 'Identifier') || object.name !== 'Date' || !isGlobal(this.sourceCode, object)) return undefined;
    const numbers: number[] = [];
    for (const argument of call.arguments) {
      const value = argument.type === 'SpreadElement' ? UNKNOWN : this.scalar(argument, depth + 1);
      if (typeof value !== 'number') return undefined;
      numbers.push(value);
    }
    return numbers.length === 0 ? undefined : Date.UTC(...(numbers as [number, ...number[]]));
  }

  /** Drops what was recorded at and under `path` (a key written twice: the later one wins). */
  private forget(path: string): void {
    const under = `${path}/`;
    for (const set of [this.unknown, this.defined, this.open]) for (const p of set) if (p === path || p.startsWith(under)) set.delete(p);
    for (const p of this.nodes.keys()) if (p.startsWith(under)) this.nodes.delete(p);
  }

  private object(node: ESTree.ObjectExpression, path: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // Only a key written again, or one after a spread, can find something recorded under its path:
    // `forget` scans every record, so calling it for every key made an object of n members cost n².
    const written = new Set<string>();
    let spread = false;
    for (const property of node.properties) {
      const key = property.type === 'Property' ? keyName(property) : undefined;
      if (property.type === 'SpreadElement') {
        this.spread(out, path, property.argument, depth);
        spread = true;
        continue;
      }
      if (key === undefined) {
        this.spread(out, path);
        spread = true;
        continue;
      }
      // `__proto__: x` sets the prototype and is no member of the object (no own key): the prototype's
      // members, which the SDK reads as the request's, may be any, so the object is open.
      if (key === '__proto__' && property.kind === 'init' && !property.shorthand && !property.method) {
        this.open.add(path);
        continue;
      }
      const at = `${path}${pointer(key)}`;
      if (spread || written.has(key)) this.forget(at);
      written.add(key);
      this.nodes.set(at, property);
      const value = property.kind === 'init' && !property.method ? this.value(property.value, at, depth + 1) : UNKNOWN;
      if (value === UNKNOWN) {
        this.unknown.add(at);
        if (property.kind === 'init' && !property.method && this.surelyDefined(property.value, depth + 1)) this.defined.add(at);
        Reflect.deleteProperty(out, key);
      } else {
        // An own `__proto__` member stays a member (the validator reports it), never the prototype.
        defineMember(out, key, value);
      }
    }
    return out;
  }

  /**
   * A spread of an object known in full (a `const` bound to an object literal) writes its members
   * over those before it, as JavaScript does; any other spread (or a computed key) may bring any
   * member and override every one written before it.
   */
  private spread(out: Record<string, unknown>, path: string, argument?: AnyNode, depth = 0): void {
    const spread = argument === undefined ? undefined : this.spreadObject(argument, path, depth);
    if (spread === undefined || spread.from.open.has(path)) {
      this.open.add(path);
      for (const key of Object.keys(out)) {
        const at = `${path}${pointer(key)}`;
        this.forget(at);
        this.unknown.add(at);
        Reflect.deleteProperty(out, key);
      }
    }
    if (spread === undefined) return;
    const { value, from } = spread;
    for (const key of Object.keys(value)) {
      const at = `${path}${pointer(key)}`;
      this.forget(at);
      Reflect.deleteProperty(out, key);
      if (!from.unknown.has(at)) defineMember(out, key, value[key]);
    }
    // What the spread object holds is recorded at the paths it lands on (`path` is the same).
    for (const p of from.unknown) this.unknown.add(p);
    for (const p of from.defined) this.defined.add(p);
    for (const p of from.open) if (p !== path) this.open.add(p);
    for (const [p, node] of from.nodes) if (p !== path) this.nodes.set(p, node);
  }

  /** The evaluation of a spread argument at `path`, when it is an object literal (or a `const` bound to one). */
  private spreadObject(argument: AnyNode, path: string, depth: number): { readonly value: Record<string, unknown>; readonly from: Evaluator } | undefined {
    // Bounded as constants are (a chain of thousands of spreads overflowed the stack), and in number.
    if (depth > MAX_DEPTH || this.spreads.left <= 0) return undefined;
    this.spreads.left -= 1;
    let target = unwrap(argument);
    for (let hops = 0; is(target, 'Identifier') && hops < MAX_DEPTH; hops += 1) {
      const init = constInitOf(this.sourceCode, target);
      if (init === undefined || this.following.has(init)) return undefined;
      target = unwrap(init);
    }
    if (!is(target, 'ObjectExpression')) return undefined;
    const from = new Evaluator(this.sourceCode, this.following, this.spreads);
    this.following.add(target);
    try {
      return { value: from.object(target, path, depth + 1), from };
    } finally {
      this.following.delete(target);
    }
  }

  private array(node: ESTree.ArrayExpression, path: string, depth: number): Outcome {
    const out: unknown[] = [];
    for (const element of node.elements) {
      const at = `${path}/${String(out.length)}`;
      if (element === null) {
        // A hole reads as undefined.
        out.push(undefined);
        continue;
      }
      // Past a spread no index is known.
      if (element.type === 'SpreadElement') {
        this.open.add(path);
        break;
      }
      this.nodes.set(at, element);
      const value = this.value(element, at, depth + 1);
      if (value === UNKNOWN) this.unknown.add(at);
      out.push(value === UNKNOWN ? undefined : value);
    }
    return out;
  }
}

/**
 * Evaluates a request expression (an object literal, or any expression whose value is known);
 * undefined when nothing of it is known (a call, a parameter).
 *
 * @example
 * evaluateRequest(sourceCode, objectLiteral)?.unknown; // Set { '/ImportSource/S3/S3BucketRegion' } for `S3BucketRegion: process.env.REGION`
 */
export function evaluateRequest(sourceCode: SourceCode, node: AnyNode): Evaluation | undefined {
  const evaluator = new Evaluator(sourceCode);
  const value = evaluator.value(node, '', 0);
  if (value === UNKNOWN) return undefined;
  evaluator.nodes.set('', node);
  return { value, unknown: evaluator.unknown, defined: evaluator.defined, open: evaluator.open, nodes: evaluator.nodes };
}
