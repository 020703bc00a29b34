import fc from 'fast-check';
import { mutation, shapedMutation, type Draft, type Mutation } from './mutation.js';
import { destinationOf, s3Of, withS3, withS3Members } from './parts.js';

const S3_MEMBERS = ['S3LocationUri', 'S3BucketRegion', 'S3BucketAccessRoleArn'] as const;

/** `request-empty`: neither a new import nor a retry. */
export const requestEmpty: readonly Mutation[] = [
  mutation({ code: 'request-empty', base: 'retry', what: 'an empty object', params: fc.constant(null), apply: () => ({}) }),
  mutation({
    code: 'request-empty',
    base: 'new',
    what: 'every member left undefined, as a builder that filled nothing in',
    params: fc.constant(null),
    apply: (request) => Object.fromEntries(Object.keys(request).map((key) => [key, undefined])),
  }),
  mutation({ code: 'request-empty', base: 'retry', what: 'an ImportId never set', params: fc.constant(null), apply: () => ({ ImportId: undefined }) }),
];

/** `type-mismatch`: a member (or the request) of the wrong type; alone, since the member's own checks need the right type. */
export const typeMismatch: readonly Mutation[] = [
  shapedMutation({
    code: 'type-mismatch',
    base: 'new',
    what: 'the request as a list, as a JSON text or as null',
    params: fc.constantFrom('list', 'json', 'null'),
    apply: (request, how) => (how === 'list' ? [request] : how === 'json' ? JSON.stringify(request) : null),
  }),
  mutation({
    code: 'type-mismatch',
    base: 'new',
    what: 'Destinations as the destination itself, or a list holding a list or an object',
    params: fc.constantFrom('string', 'nested', 'object'),
    apply: (request, how) => {
      const destination = destinationOf(request);
      return { ...request, Destinations: how === 'string' ? destination : how === 'nested' ? [[destination]] : [{ Arn: destination }] };
    },
  }),
  mutation({
    code: 'type-mismatch',
    base: 'new',
    what: 'ImportSource or S3 as the location URI, or as a list',
    params: fc.record({ at: fc.constantFrom('ImportSource', 'S3'), how: fc.constantFrom('uri', 'list') }),
    apply: (request, { at, how }) => {
      const s3 = s3Of(request);
      const source: Draft = { S3: s3 };
      const wrong = how === 'uri' ? s3['S3LocationUri'] : [at === 'S3' ? s3 : source];
      return at === 'S3' ? withS3(request, wrong) : { ...request, ImportSource: wrong };
    },
  }),
  mutation({
    code: 'type-mismatch',
    base: 'new',
    what: 'an S3 member wrapped in a list or an object',
    params: fc.record({ member: fc.constantFrom(...S3_MEMBERS), how: fc.constantFrom('list', 'object') }),
    apply: (request, { member, how }) => {
      const value = s3Of(request)[member];
      return withS3Members(request, { [member]: how === 'list' ? [value] : { Value: value } });
    },
  }),
  mutation({
    code: 'type-mismatch',
    base: 'retry',
    what: 'ImportId as a list, or as the whole StartImport response',
    params: fc.constantFrom('list', 'response'),
    apply: (request, how) => {
      const id = request['ImportId'];
      return { ImportId: how === 'list' ? [id] : { ImportId: id, ImportStatus: 'FAILED' } };
    },
  }),
];
