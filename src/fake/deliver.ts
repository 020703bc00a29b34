/** What an import that completes leaves behind: the events of the trail log files it read, in its event data store. */
import type { FakeContext } from './context.js';
import type { StoredImport } from './state.js';
import { deliverTrailLogs } from './stores.js';

/**
 * Copies into the import's event data store the events of the declared trail log files under its
 * S3 location and within its time range, once it is COMPLETED. EventsCompleted counts them unless
 * the test set the statistic itself (`statisticGiven`).
 */
export function deliverCompleted(context: FakeContext, stored: StoredImport, statisticGiven: boolean): void {
  if (stored.status !== 'COMPLETED') return;
  const count = deliverTrailLogs(context.stores, stored.eventDataStoreArn, context.home, stored.source.S3LocationUri, stored.start, stored.end);
  if (count > 0 && !statisticGiven) stored.statistics = { ...stored.statistics, EventsCompleted: stored.statistics.EventsCompleted + count };
}
