/** CloudTrail events as the shared event data stores hold them, read from what a test declares. */
import { describe } from '../contract/timestamps.js';
import { readTime } from './clock.js';
import type { FakeStoredEvent, FakeTrailEvent } from './store-types.js';

/** An event as held: its time in epoch milliseconds. */
export interface HeldEvent {
  readonly eventId: string;
  readonly eventTime: number;
  readonly eventName: string;
  readonly eventSource: string;
}

/** Event ids of one registry: lowercase UUIDs numbered from 1 (`00000000-0000-4000-a000-000000000001`, …). */
export function sequentialEventIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-a000-${next.toString(16).padStart(12, '0')}`;
  };
}

function readText(value: unknown, at: string, fallback: () => string): string {
  if (value === undefined) return fallback();
  if (typeof value !== 'string' || value === '') throw new TypeError(`${at} must be a non-empty string (got ${describe(value)})`);
  return value;
}

/** Reads the events a test declares at `where`; throws a TypeError naming the one that is wrong. */
export function readEvents(events: unknown, where: string, nextId: () => string): HeldEvent[] {
  if (!Array.isArray(events)) throw new TypeError(`${where} must be an array of events (got ${describe(events)})`);
  return (events as readonly unknown[]).map((event, index) => {
    const at = `${where}[${index}]`;
    if (typeof event !== 'object' || event === null) throw new TypeError(`${at} must be an event object with an eventTime (got ${describe(event)})`);
    const declared = event as FakeTrailEvent;
    return {
      eventTime: readTime(declared.eventTime, `${at}.eventTime`),
      eventId: readText(declared.eventId, `${at}.eventId`, nextId),
      eventName: readText(declared.eventName, `${at}.eventName`, () => 'ConsoleLogin'),
      eventSource: readText(declared.eventSource, `${at}.eventSource`, () => 'signin.amazonaws.com'),
    };
  });
}

/** A fresh snapshot of an event. */
export function eventSnapshot(event: HeldEvent): FakeStoredEvent {
  return { ...event, eventTime: new Date(event.eventTime) };
}

/** The size of an event in bytes, as a log event holding its JSON (what `bytesImported` counts). */
export function sizeOf(event: HeldEvent): number {
  return Buffer.byteLength(JSON.stringify(eventSnapshot(event)), 'utf8');
}
