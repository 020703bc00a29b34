/**
 * Application code as a team would write it: start a CloudTrail Lake import of a trail's history
 * and wait for it to finish. Its tests (`import-trail-history.*.test.ts`) run it against the
 * toolkit's test doubles in each style: msw with a real client, aws-sdk-client-mock with the
 * matchers, and the fake import service directly.
 */
import type { ImportFailureListItem, StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { buildStartImport, type ImportPlan } from './start-import-builder.js';

/**
 * The import calls the code needs: the aggregated `CloudTrail` client of `@aws-sdk/client-cloudtrail`
 * has them, and so does the toolkit's fake import service.
 */
export interface CloudTrailImports {
  startImport(input: StartImportCommandInput): Promise<{ ImportId?: string | undefined }>;
  getImport(input: { ImportId: string }): Promise<{ ImportStatus?: string | undefined; ImportStatistics?: { EventsCompleted?: number | undefined } | undefined }>;
  listImportFailures(input: { ImportId: string }): Promise<{ Failures?: ImportFailureListItem[] | undefined }>;
}

/** How to wait between polls of GetImport. */
export interface PollOptions {
  /** Milliseconds between two GetImport calls; default 30 s. */
  readonly intervalMs?: number;
  /** Gives up (throws) after this many polls; default 120. */
  readonly maxPolls?: number;
  /** Waits `ms`; tests pass an instant one. Default `setTimeout`. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** How an import ended. */
export interface ImportOutcome {
  readonly importId: string;
  readonly status: 'COMPLETED' | 'FAILED' | 'STOPPED';
  readonly eventsImported: number;
  /** The failed locations of a FAILED import (first page). */
  readonly failures: readonly ImportFailureListItem[];
}

const FINISHED = new Set(['COMPLETED', 'FAILED', 'STOPPED']);
const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

function isFinished(status: string | undefined): status is ImportOutcome['status'] {
  return status !== undefined && FINISHED.has(status);
}

/**
 * Starts an import of `plan` (or retries `retryImportId`, a FAILED or STOPPED import) and polls
 * GetImport until it completes, fails or is stopped.
 *
 * @throws the SDK's exceptions (e.g. `AccountHasOngoingImportException`) as they come, and an
 *   Error when the import is still running after `maxPolls` polls.
 */
export async function importTrailHistory(
  cloudTrail: CloudTrailImports,
  plan: ImportPlan | { readonly retryImportId: string },
  poll: PollOptions = {},
): Promise<ImportOutcome> {
  const input = 'retryImportId' in plan ? { ImportId: plan.retryImportId } : buildStartImport(plan);
  const started = await cloudTrail.startImport(input);
  const importId = started.ImportId;
  if (importId === undefined) throw new Error('StartImport answered without an ImportId');
  const { intervalMs = 30_000, maxPolls = 120, sleep = defaultSleep } = poll;
  let current: Awaited<ReturnType<CloudTrailImports['getImport']>> | undefined;
  for (let polls = 0; polls < maxPolls; polls += 1) {
    current = await cloudTrail.getImport({ ImportId: importId });
    const status = current.ImportStatus;
    if (isFinished(status)) {
      const failures = status === 'FAILED' ? ((await cloudTrail.listImportFailures({ ImportId: importId })).Failures ?? []) : [];
      return { importId, status, eventsImported: current.ImportStatistics?.EventsCompleted ?? 0, failures };
    }
    await sleep(intervalMs);
  }
  throw new Error(`import ${importId} is still ${current?.ImportStatus ?? 'unknown'} after ${maxPolls} polls`);
}
