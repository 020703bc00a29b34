/**
 * The types of an operation's model as data: what `npm run generate` makes of AWS's Smithy model
 * of CloudTrail (`CLOUDTRAIL_MODEL`) and of botocore's model of CloudWatch Logs (`LOGS_MODEL`).
 * Shapes are named as in the model (`UUID`, `ImportStatus`) and members refer to them by name, so
 * a shape used twice is stated once.
 */

/** A structure: its members (member name → shape name), and which of them the model requires. */
export interface StructureShape {
  readonly type: 'structure';
  readonly members: Readonly<Record<string, string>>;
  readonly required: readonly string[];
}

/** A string: `smithy.api#length` (botocore `min`/`max`) and `smithy.api#pattern` (an ECMAScript regex; botocore's, anchored by the generator). */
export interface StringShape {
  readonly type: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

/** A whole number: `smithy.api#range` (botocore `min`/`max`). */
export interface NumberShape {
  readonly type: 'integer' | 'long';
  readonly min?: number;
  readonly max?: number;
}

/**
 * The values a whole-number type holds: Smithy's (and botocore's) `integer` is 32 bits, `long` 64.
 * A JSON number is a double, so the largest long, 9223372036854775807, reads as 2^63: that double is
 * the bound, and the next one (2^63 + 2048) is past it. `noun` is what a value past them must be.
 */
export const NUMBER_TYPE_BOUNDS: Readonly<Record<NumberShape['type'], { readonly min: number; readonly max: number; readonly noun: string }>> = {
  integer: { min: -(2 ** 31), max: 2 ** 31 - 1, noun: 'a 32-bit integer, from -2147483648 to 2147483647' },
  long: { min: -(2 ** 63), max: 2 ** 63, noun: 'a 64-bit integer (long), from -9223372036854775808 to 9223372036854775807' },
};

/**
 * Whether a whole number is past its type's bits where no range of the model reports it (MaxResults'
 * 1 to 1000 already says 1e300 is too large): then it is a `type-mismatch`, a value the service cannot read.
 */
export function pastItsBits(shape: NumberShape, value: number): boolean {
  const bits = NUMBER_TYPE_BOUNDS[shape.type];
  const ranged = (shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max);
  return !ranged && (value < bits.min || value > bits.max);
}

/** A string enum: its values (`smithy.api#enumValue`). */
export interface EnumShape {
  readonly type: 'enum';
  readonly values: readonly string[];
}

/** A list of one member shape: `smithy.api#length` bounds its item count. */
export interface ListShape {
  readonly type: 'list';
  readonly member: string;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** A timestamp: epoch seconds on the wire (awsJson), a Date in the SDK. */
export interface TimestampShape {
  readonly type: 'timestamp';
}

export type ShapeModel = StructureShape | StringShape | NumberShape | EnumShape | ListShape | TimestampShape;

/** An operation: its input and output shapes (by name), its errors (by name) and its `X-Amz-Target` values. */
export interface OperationModel {
  readonly input: string;
  readonly output: string;
  readonly errors: readonly string[];
  /**
   * The JS SDK v3's form (`CloudTrail_20131101.StartImport`, `Logs_20140328.CreateImportTask`), then
   * any other form a client sends (botocore's qualified one for CloudTrail's Smithy protocol).
   */
  readonly targets: readonly [string, ...string[]];
}

/** A service's model: its operations, every shape they use, and each error's HTTP status. */
export interface ServiceModel {
  /** The service shape's name, the `X-Amz-Target` prefix of the JS SDK v3 (`CloudTrail_20131101`, `Logs_20140328`). */
  readonly service: string;
  /** The qualified prefix botocore puts before an operation in `X-Amz-Target`, when it sends one (CloudTrail; not CloudWatch Logs). */
  readonly qualifiedTargetPrefix?: string;
  readonly operations: Readonly<Record<string, OperationModel>>;
  readonly shapes: Readonly<Record<string, ShapeModel>>;
  /** Every error an operation lists, with the status of its `smithy.api#httpError` trait. */
  readonly errors: Readonly<Record<string, number>>;
}
