export { runCli } from './run.js';
export type { CliIo, TextSink } from './io.js';
export type { JsonDocument, JsonViolation } from './report-json.js';
