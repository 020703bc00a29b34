import { CONTRACT_OPERATIONS } from '../contract/operations.js';
import { isRecord } from '../contract/record.js';
import { describe } from '../contract/timestamps.js';
import { cappedEditDistance } from '../rules/near-miss.js';
import { pointer, pointerKeys } from '../rules/pointer.js';
import { headerOfPath } from '../validate/validate-wire.js';
import type { Expansion, Part } from './check-file.js';

/**
 * HAR files (HTTP Archive 1.2: `{ "log": { "entries": [{ "request": … }] } }`), as browsers'
 * developer tools, proxies (mitmproxy, Charles), Playwright's `recordHar` and Polly.js recordings
 * write them, read for `check --kind wire`: each entry whose request names an import operation in
 * its `X-Amz-Target` is one HTTP request to check, in the form `validateImportHttpRequest` takes;
 * the other entries (a page, an S3 read, another CloudTrail or CloudWatch Logs operation) are not.
 */

/** One import request of a HAR file: its index is the entry's in `log.entries`; `place` puts a finding at a path of `value` in the HAR document. */
export interface HarRequest extends Part<number> {
  /** The request as `--kind wire` documents write it: its headers as a record (a repeated name's values joined with `, `, as HTTP combines them), its `postData.text` as the body. */
  readonly value: {
    readonly method?: string;
    readonly url?: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
    /** The answer recorded, when the entry has one (a status other than 0, which HAR gives an aborted request): its status, and its `content.text` (decoded from base64 when so encoded) as the body, when kept. */
    readonly response?: { readonly status: unknown; readonly body?: string };
  };
}

/** The import requests of a HAR document as the parts `check` expands it to: `count` is its entries', `nothing` says no entry names an import operation. */
export interface HarReading extends Expansion {
  readonly parts: readonly HarRequest[];
}

/** The import operations' names in lower case: a target is compared with them whatever its case. */
const IMPORT_OPERATIONS: readonly string[] = CONTRACT_OPERATIONS.map((operation) => operation.toLowerCase());

/** The `{ name, value }` pairs of a HAR request's `headers` that are strings; others are not headers. */
function headerPairs(headers: unknown): { readonly name: string; readonly value: string; readonly at: number }[] {
  if (!Array.isArray(headers)) return [];
  const pairs: { name: string; value: string; at: number }[] = [];
  headers.forEach((header: unknown, at) => {
    if (isRecord(header) && typeof header['name'] === 'string' && typeof header['value'] === 'string') pairs.push({ name: header['name'], value: header['value'], at });
  });
  return pairs;
}

/**
 * Whether a target is meant for one of the import operations (`CloudTrail_20131101.StartImport`,
 * `Logs_20140328.CreateImportTask`, …): what follows its last dot is one of their names in any case,
 * or one edit from one (a letter added, dropped or changed: `StartImports`), whichever service's prefix
 * it has, so that the wire checks flag it. Two edits are another operation (`CreateExportTask`), which
 * the file may hold too.
 */
function namesImportOperation(target: string | undefined): boolean {
  if (target === undefined) return false;
  const operation = target.slice(target.lastIndexOf('.') + 1).toLowerCase();
  return IMPORT_OPERATIONS.some((name) => cappedEditDistance(name, operation, 2) <= 1);
}

/** The answer a HAR entry records: `undefined` for none (no `response`, or status 0: aborted, or blocked). */
function recordedResponse(entry: Record<string, unknown>): { readonly status: unknown; readonly body?: string } | undefined {
  const response = entry['response'];
  if (!isRecord(response) || response['status'] === 0) return undefined;
  const content = response['content'];
  const text = isRecord(content) ? content['text'] : undefined;
  if (typeof text !== 'string') return { status: response['status'] };
  const body = isRecord(content) && content['encoding'] === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text;
  return { status: response['status'], body };
}

/**
 * Reads a HAR document: `undefined` unless it has a `log` object (any other document is an HTTP
 * request of its own). A `log` without an array of `entries` holds nothing to check, and says so.
 */
export function readHar(value: unknown): HarReading | undefined {
  const log = isRecord(value) ? value['log'] : undefined;
  if (!isRecord(log)) return undefined;
  const entries = log['entries'];
  if (!Array.isArray(entries)) return { count: 0, parts: [], nothing: `is a HAR file whose log.entries is not a list of entries (got ${describe(entries)}): no documents to check` };
  const requests: HarRequest[] = [];
  entries.forEach((entry: unknown, index) => {
    const request = isRecord(entry) ? entry['request'] : undefined;
    if (!isRecord(request)) return;
    const pairs = headerPairs(request['headers']);
    const headers: Record<string, string> = {};
    for (const { name, value: text } of pairs) {
      const key = name.toLowerCase();
      headers[key] = Object.hasOwn(headers, key) ? `${headers[key] ?? ''}, ${text}` : text;
    }
    if (!namesImportOperation(headers['x-amz-target'])) return;
    const postData = request['postData'];
    const body = isRecord(postData) && typeof postData['text'] === 'string' ? postData['text'] : undefined;
    const { method, url } = request;
    const response = recordedResponse(entry as Record<string, unknown>);
    const at = (...keys: readonly (string | number)[]): string => pointer('log', 'entries', index, 'request', ...keys);
    const place = (path: string): string => {
      const [part, member] = pointerKeys(path);
      if (part === 'response') {
        const answer = (...keys: readonly string[]): string => pointer('log', 'entries', index, 'response', ...keys);
        if (member === 'status') return answer('status');
        return member === 'body' && response?.body !== undefined ? answer('content', 'text') : answer();
      }
      if (part === 'headers') {
        // The first pair of that name, as a record document's finding lands on the first key of it.
        const name = headerOfPath(path);
        const pair = name === undefined ? undefined : pairs.find((candidate) => candidate.name.toLowerCase() === name);
        return pair === undefined ? at('headers') : at('headers', pair.at);
      }
      if (part === 'body') return body === undefined ? at() : at('postData', 'text');
      if ((part === 'method' || part === 'url') && request[part] !== undefined) return at(part);
      return at();
    };
    requests.push({
      index,
      value: {
        ...(typeof method === 'string' ? { method } : {}),
        ...(typeof url === 'string' ? { url } : {}),
        headers,
        ...(body === undefined ? {} : { body }),
        ...(response === undefined ? {} : { response }),
      },
      place,
    });
  });
  const read = entries.length === 1 ? '1 entry' : `${entries.length} entries`;
  const nothing = `is a HAR file with no request naming an import operation (${CONTRACT_OPERATIONS.join(', ')}) in its X-Amz-Target (${read} read): no documents to check`;
  return { count: entries.length, parts: requests, nothing };
}
