/**
 * The types of an operation's model as data: what `npm run generate` makes of AWS's Smithy model
 * (`CLOUDTRAIL_MODEL`). Shapes are named as in the model (`UUID`,
 * `ImportStatus`) and members refer to them by name, so a shape used twice is stated once.
 */

/** A structure: its members (member name → shape name), and which of them the model requires. */
export interface StructureShape {
  readonly type: 'structure';
  readonly members: Readonly<Record<string, string>>;
  readonly required: readonly string[];
}

/** A string: `smithy.api#length` (in UTF-16 code units, as the SDKs count) and `smithy.api#pattern` (an ECMAScript regex). */
export interface StringShape {
  readonly type: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

/** A whole number: `smithy.api#range`. */
export interface NumberShape {
  readonly type: 'integer' | 'long';
  readonly min?: number;
  readonly max?: number;
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
  /** The JS SDK v3's form (`CloudTrail_20131101.StartImport`), then botocore's qualified one. */
  readonly targets: readonly [string, string];
}

/** A service's model: its operations, every shape they use, and each error's HTTP status. */
export interface ServiceModel {
  /** The service shape's name (`CloudTrail_20131101`). */
  readonly service: string;
  /** The prefix botocore puts before an operation in `X-Amz-Target`. */
  readonly qualifiedTargetPrefix: string;
  readonly operations: Readonly<Record<string, OperationModel>>;
  readonly shapes: Readonly<Record<string, ShapeModel>>;
  /** Every error an operation lists, with the status of its `smithy.api#httpError` trait. */
  readonly errors: Readonly<Record<string, number>>;
}
