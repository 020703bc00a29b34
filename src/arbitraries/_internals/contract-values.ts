/**
 * Valid and labelled-invalid values of any compiled contract (`OperationContract`), from its
 * model and its checks alone: valid by construction from the model, broken by a check's own
 * `break`. `importRequest` and `invalidImportRequest` are these over the import operations' contracts.
 */
import fc from 'fast-check';
import { isContractOperation, notAnOperation, type ContractOperation } from '../../contract/operations.js';
import type { Shape } from '../../contract/timestamps.js';
import type { Choose } from '../../core/check.js';
import { runContract, type OperationContract } from '../../core/contract.js';
import type { Decoded } from '../../core/structural.js';
import { operationContracts } from '../../operations/index.js';
import { MAX_VIOLATIONS_PER_DOCUMENT } from '../../rules/limits.js';
import type { ViolationCode } from '../../rules/types.js';
import { encodeAs, modelValue } from './model-values.js';

/** A value with one deliberate mistake, the code it earns, and the other error codes it cannot come without. */
export interface LabelledInvalidInput<V> {
  /** The value, typed as what it poses as: for `type-mismatch` a member is not of its type, which is the mistake. */
  readonly value: V;
  readonly code: ViolationCode;
  /** Error codes of semantic checks the mistake also earns (a Destination too short is also no event data store); usually none. */
  readonly also: readonly ViolationCode[];
}

/** Valid values of `contract`'s input or output in `shape`. */
export function contractValue(contract: OperationContract, shape: Shape, complete = false): fc.Arbitrary<Decoded> {
  return modelValue(contract.shapes, contract.root, { complete }).map((wire) => encodeAs(wire as Decoded, contract.shapes, contract.root, shape));
}

/** The error codes whose checks can break a valid value of `contract`, in check order. */
export function breakableCodes(contract: OperationContract): ViolationCode[] {
  const codes = contract.checks.filter((c) => c.break !== undefined && c.row.severity === 'error').map((c) => c.row.code);
  return [...new Set(codes)];
}

/** A source of choices that shrinks with fast-check: each choice reads the next drawn number. */
const CHOICES = fc.array(fc.nat(), { minLength: 6, maxLength: 6 });

function chooser(drawn: readonly number[]): Choose {
  let next = 0;
  return (n) => {
    const value = drawn[next % drawn.length] as number;
    next += 1;
    return value % n;
  };
}

/**
 * `violations-truncated`, which no check reports but the report's cap: a valid value of a
 * structure with `MAX_VIOLATIONS_PER_DOCUMENT` + 1 members its model lacks, each an `unknown-member`.
 */
function overCapValue(contract: OperationContract): fc.Arbitrary<Decoded> | undefined {
  const root = contract.shapes[contract.root];
  if (root?.type !== 'structure') return undefined;
  const names = Array.from({ length: MAX_VIOLATIONS_PER_DOCUMENT + 1 }, (_, index) => `Unknown${String(index + 1)}`).filter((name) => !Object.hasOwn(root.members, name));
  return contractValue(contract, 'wire', true).map((valid) => ({ ...valid, ...Object.fromEntries(names.map((name) => [name, 'value'])) }));
}

/** The codes `contractInvalidValue` can earn on `contract`: its checks' (`breakableCodes`) and the cap's. */
function earnableCodes(contract: OperationContract): ViolationCode[] {
  return overCapValue(contract) === undefined ? breakableCodes(contract) : [...breakableCodes(contract), 'violations-truncated'];
}

/**
 * Values of `contract` broken by one of the checks of `code`, labelled with it (for
 * `violations-truncated`, more unknown members than a report holds). Throws when nothing can earn `code`.
 */
export function contractInvalidValue(contract: OperationContract, code: ViolationCode, shape: Shape, who: string): fc.Arbitrary<LabelledInvalidInput<Decoded>> {
  const overCap = code === 'violations-truncated' ? overCapValue(contract) : undefined;
  if (overCap !== undefined) return overCap.map((broken) => labelled(contract, broken, code, shape));
  const breakers = contract.checks.filter((c) => c.row.code === code && c.break !== undefined);
  if (breakers.length === 0) {
    throw new TypeError(`${who}: no check of ${contract.operation}'s ${contract.subject} can break a valid value to earn '${code}' (codes: ${earnableCodes(contract).join(', ')})`);
  }
  return fc
    .tuple(contractValue(contract, 'wire', true), fc.nat({ max: breakers.length - 1 }), CHOICES)
    .map(([valid, index, drawn]) => (breakers[index] as (typeof breakers)[number]).break?.(valid, chooser(drawn)))
    .filter((broken): broken is Decoded => broken !== undefined)
    .map((broken) => labelled(contract, broken, code, shape));
}

/** A broken wire value in `shape`, labelled with `code` and the other error codes it earns. */
function labelled(contract: OperationContract, broken: Decoded, code: ViolationCode, shape: Shape): LabelledInvalidInput<Decoded> {
  // The other errors are those of semantic checks reading the broken member (the structural breakers keep every other constraint).
  const found = runContract(contract, broken, 'wire').violations;
  const also = [...new Set(found.filter((v) => v.severity === 'error' && v.code !== code).map((v) => v.code as ViolationCode))];
  return { value: encodeAs(broken, contract.shapes, contract.root, shape), code, also };
}

/** The input contract of an operation compiled from its model (a read operation, a CloudWatch Logs one); a TypeError naming `who` for any other name. */
export function requestContract(operation: ContractOperation, who: string): OperationContract {
  if (operation === 'StartImport' || !isContractOperation(operation)) {
    throw notAnOperation(who, operation);
  }
  return operationContracts(operation).request;
}
