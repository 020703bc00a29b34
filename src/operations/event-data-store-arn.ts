/**
 * An event data store ARN in its common form, read with one test and no object: what every
 * check of a source or destination ARN can pass over, reading any other text field by field
 * (`readDestination`), which says what is wrong with it.
 */
import { partitionOfRegion } from '../contract/partitions.js';

// `readEventDataStore`'s one-test form: a known shape of partition, a Region code, 12 digits, a lowercase UUID.
const COMMON_EVENT_DATA_STORE_ARN = /^arn:aws(?:-[a-z0-9]+)*:cloudtrail:[a-z0-9-]+:\d{12}:eventdatastore\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The partition of `text` when it is an event data store ARN of the common form whose Region is
 * of that partition: an event data store ARN no destination or source check reports. Else `undefined`.
 */
export function commonEventDataStorePartition(text: string): string | undefined {
  if (!COMMON_EVENT_DATA_STORE_ARN.test(text)) return undefined;
  // Fixed widths past the partition: `:cloudtrail:` REGION `:`.
  const afterPartition = text.indexOf(':', 4);
  const partition = text.slice(4, afterPartition);
  const afterRegion = text.indexOf(':', afterPartition + 12);
  return partitionOfRegion(text.slice(afterPartition + 12, afterRegion)) === partition ? partition : undefined;
}
