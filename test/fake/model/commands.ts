/** The commands of the model-based test: each predicts its outcome from the model, runs on the fake, and compares. */
import type fc from 'fast-check';
import { expect } from 'vitest';
import type { ImportStatus } from '../../../src/contract/model.js';
import type { AdvanceStatus, FakeCloudTrailImports } from '../../../src/fake/index.js';
import type { StartImportSdkInput } from '../../../src/validate/index.js';
import { DESTINATIONS, expectOutcome, expectSameStatuses, inProgress, pickId, slotBusy, type Expected, type Model } from './reference.js';

type Command = fc.Command<Model, FakeCloudTrailImports>;

const MOVES: Readonly<Record<ImportStatus, readonly AdvanceStatus[]>> = {
  INITIALIZING: ['IN_PROGRESS', 'COMPLETED', 'FAILED'],
  IN_PROGRESS: ['COMPLETED', 'FAILED'],
  COMPLETED: [],
  FAILED: [],
  STOPPED: [],
};

abstract class Base implements Command {
  /** Whether the command needs an import to act on (otherwise it also runs on an empty fake). */
  protected readonly needsImport: boolean = false;

  check(model: Readonly<Model>): boolean {
    return !this.needsImport || model.imports.size > 0;
  }

  run(model: Model, real: FakeCloudTrailImports): void {
    this.apply(model, real);
    expectSameStatuses(model, real);
  }

  abstract apply(model: Model, real: FakeCloudTrailImports): void;
  abstract toString(): string;
}

/** StartImport of a new import (a valid request from the arbitraries) into one of the destinations. */
export class StartNew extends Base {
  constructor(
    private readonly request: StartImportSdkInput,
    private readonly to: number,
  ) {
    super();
  }

  apply(model: Model, real: FakeCloudTrailImports): void {
    const target = DESTINATIONS[this.to % DESTINATIONS.length] ?? DESTINATIONS[0];
    if (target === undefined) return;
    const expected: Expected = slotBusy(model, target.slot) ? 'AccountHasOngoingImportException' : 'ok';
    const outcome = real.handle('StartImport', { ...this.request, Destinations: [target.destination] });
    expectOutcome(outcome, expected, this.toString());
    if (outcome.ok) {
      const id = outcome.output['ImportId'] as string;
      expect(model.imports.has(id)).toBe(false);
      model.imports.set(id, { status: 'INITIALIZING', slot: target.slot, store: target.store });
    }
  }

  toString(): string {
    return `StartNew(${String(this.to % DESTINATIONS.length)})`;
  }
}

/** StartImport of a retry: of a known import (`pick`), or of an id the fake never made. */
export class Retry extends Base {
  constructor(
    private readonly pick: number,
    private readonly unknownId: string | undefined,
  ) {
    super();
  }

  apply(model: Model, real: FakeCloudTrailImports): void {
    const id = this.unknownId ?? pickId(model, this.pick, '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b');
    const entry = model.imports.get(id);
    const expected: Expected =
      entry === undefined
        ? 'ImportNotFoundException'
        : slotBusy(model, entry.slot)
          ? 'AccountHasOngoingImportException'
          : entry.status === 'FAILED' || entry.status === 'STOPPED'
            ? 'ok'
            : 'OperationNotPermittedException';
    const outcome = real.handle('StartImport', { ImportId: id });
    expectOutcome(outcome, expected, this.toString());
    if (outcome.ok && entry !== undefined) {
      expect(outcome.output['ImportId']).toBe(id);
      entry.status = 'INITIALIZING';
    }
  }

  toString(): string {
    return this.unknownId === undefined ? `Retry(#${String(this.pick)})` : `Retry(${this.unknownId})`;
  }
}

/** StopImport of a known import. */
export class Stop extends Base {
  constructor(private readonly pick: number) {
    super();
  }

  apply(model: Model, real: FakeCloudTrailImports): void {
    const id = pickId(model, this.pick, '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b');
    const entry = model.imports.get(id);
    const expected: Expected = entry === undefined ? 'ImportNotFoundException' : inProgress(entry.status) ? 'ok' : 'OperationNotPermittedException';
    expectOutcome(real.handle('StopImport', { ImportId: id }), expected, this.toString());
    if (expected === 'ok' && entry !== undefined) entry.status = 'STOPPED';
  }

  toString(): string {
    return `Stop(#${String(this.pick)})`;
  }
}

/** `advance` of a known import: a legal move changes it, any other is a TypeError. */
export class Advance extends Base {
  protected override readonly needsImport = true;

  constructor(
    private readonly pick: number,
    private readonly to: AdvanceStatus,
    private readonly withFailures: boolean,
  ) {
    super();
  }

  apply(model: Model, real: FakeCloudTrailImports): void {
    const id = pickId(model, this.pick, '');
    const entry = model.imports.get(id);
    if (entry === undefined) return;
    const legal = MOVES[entry.status].includes(this.to) && !(this.to === 'COMPLETED' && this.withFailures);
    const advance = (): void => {
      real.advance(id, this.to, this.withFailures ? { failures: [{ Location: 's3://bucket/key.json.gz' }] } : {});
    };
    if (legal) {
      advance();
      entry.status = this.to;
    } else {
      expect(advance).toThrow(TypeError);
    }
  }

  toString(): string {
    return `Advance(#${String(this.pick)}, ${this.to}${this.withFailures ? ', failures' : ''})`;
  }
}

/** GetImport of a known import: the model's status. */
export class Get extends Base {
  constructor(private readonly pick: number) {
    super();
  }

  apply(model: Model, real: FakeCloudTrailImports): void {
    const id = pickId(model, this.pick, '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b');
    const entry = model.imports.get(id);
    const outcome = real.handle('GetImport', { ImportId: id });
    expectOutcome(outcome, entry === undefined ? 'ImportNotFoundException' : 'ok', this.toString());
    if (outcome.ok) expect(outcome.output['ImportStatus']).toBe(entry?.status);
  }

  toString(): string {
    return `Get(#${String(this.pick)})`;
  }
}

/** ListImports with filters, paged by `maxResults`: every matching import once, oldest first. */
export class List extends Base {
  constructor(
    private readonly status: ImportStatus | undefined,
    private readonly destination: number | undefined,
    private readonly maxResults: number,
  ) {
    super();
  }

  apply(model: Model, real: FakeCloudTrailImports): void {
    const target = this.destination === undefined ? undefined : DESTINATIONS[this.destination % DESTINATIONS.length];
    const filters = { ...(this.status === undefined ? {} : { ImportStatus: this.status }), ...(target === undefined ? {} : { Destination: target.destination }) };
    const expected = [...model.imports].filter(([, e]) => (this.status === undefined || e.status === this.status) && (target === undefined || e.store === target.store)).map(([id]) => id);
    const listed: unknown[] = [];
    let token: unknown;
    do {
      // A NextToken that never ends would loop: there cannot be more pages than imports.
      expect(listed.length, 'pages beyond the last import').toBeLessThanOrEqual(model.imports.size);
      const outcome = real.handle('ListImports', { ...filters, MaxResults: this.maxResults, ...(token === undefined ? {} : { NextToken: token }) });
      expectOutcome(outcome, 'ok', this.toString());
      if (!outcome.ok) return;
      listed.push(...(outcome.output['Imports'] as { ImportId: unknown }[]).map((item) => item.ImportId));
      token = outcome.output['NextToken'];
    } while (token !== undefined);
    expect(listed).toEqual(expected);
  }

  toString(): string {
    return `List(${this.status ?? '*'}, ${this.destination === undefined ? '*' : String(this.destination % DESTINATIONS.length)}, ${String(this.maxResults)})`;
  }
}
