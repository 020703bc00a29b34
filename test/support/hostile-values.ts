/**
 * Values no one should pass to a validator, and someone will: deep nesting, huge strings,
 * throwing getters, throwing and revoked Proxies, cycles, `__proto__` keys.
 */

export const ARN = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
export const IMPORT_ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
export const S3 = {
  S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
} as const;

/** A valid new-import request in the cli shape, as a fresh object. */
export function newImportRequest(): Record<string, unknown> {
  return {
    Destinations: [ARN],
    ImportSource: { S3: { ...S3 } },
    StartEventTime: '2024-01-01T00:00:00Z',
    EndEventTime: '2024-02-01T00:00:00Z',
  };
}

/** A valid response to `newImportRequest()`, in the cli shape. */
export function newImportResponse(): Record<string, unknown> {
  return {
    ...newImportRequest(),
    ImportId: IMPORT_ID,
    ImportStatus: 'INITIALIZING',
    CreatedTimestamp: '2024-03-01T00:00:00Z',
    UpdatedTimestamp: '2024-03-01T00:00:00Z',
  };
}

/** `{ a: { a: … {} } }`, `depth` levels deep. */
export function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** `[[…[]]]`, `depth` levels deep. */
export function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** `value` with `member` replaced at a path of keys (copying the objects on the way). */
export function withMemberAt(value: Record<string, unknown>, path: readonly string[], member: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const inner = value[key];
  const next = rest.length === 0 ? member : withMemberAt(typeof inner === 'object' && inner !== null ? { ...(inner as Record<string, unknown>) } : {}, rest, member);
  return { ...value, [key]: next };
}

/**
 * An object (an array when `like` is one) with the own keys of `like`, each a getter that throws
 * `thrown`; an Error keeps its prototype, so it still is an Error.
 */
export function throwingGetters(like: object, thrown: unknown): Record<string, unknown> {
  const object: object = Array.isArray(like) ? [] : like instanceof Error ? Object.create(Object.getPrototypeOf(like) as object) as object : {};
  for (const key of Object.getOwnPropertyNames(like)) {
    if (key === 'length' && Array.isArray(like)) continue;
    Object.defineProperty(object, key, {
      enumerable: true,
      get(): never {
        throw thrown;
      },
    });
  }
  return object as Record<string, unknown>;
}

/** A Proxy of `target` whose every trap named throws. */
export function throwingProxy(target: object, traps: readonly (keyof ProxyHandler<object>)[]): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of traps) {
    Object.defineProperty(handler, trap, {
      value: () => {
        throw new Error(`${trap} trap refused`);
      },
    });
  }
  return new Proxy(target, handler);
}

/** A Proxy that has been revoked: every operation on it throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Values that cannot be turned into a string, as a getter might throw them. */
export function unprintable(): { readonly nullPrototype: object; readonly throwingToString: object } {
  return {
    nullPrototype: Object.create(null) as object,
    throwingToString: {
      toString(): never {
        throw new Error('toString refused');
      },
    },
  };
}
