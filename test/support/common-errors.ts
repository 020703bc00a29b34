/**
 * AWS's "Common Errors" list as the API references print it (name, HTTP status): every operation can
 * answer these. Written out here, not read from the package, so the tests hold the package to it.
 */
export const DOCUMENTED_COMMON_ERRORS = [
  ['AccessDeniedException', 400],
  ['IncompleteSignature', 400],
  ['InternalFailure', 500],
  ['InvalidAction', 400],
  ['InvalidClientTokenId', 403],
  ['NotAuthorized', 400],
  ['OptInRequired', 403],
  ['RequestExpired', 400],
  ['ServiceUnavailable', 503],
  ['ThrottlingException', 400],
  ['ValidationError', 400],
] as const;
