/**
 * A client plugin for the AWS SDK v3 CloudTrail client: every import command's input is checked
 * against the contract before it is sent, whatever answers it (AWS, an emulator, msw).
 */
export { IMPORT_CONTRACT_MIDDLEWARE, importContractPlugin } from './import-contract-plugin.js';
export type { ImportContractLogger, ImportContractPluginOptions } from './import-contract-plugin.js';
export type { ClientPlugin, CommandContext, InitializeArguments, InitializeMiddleware, InitializeMiddlewareOptions, MiddlewareStackLike, NextHandler } from './stack.js';
export { ImportContractViolationError } from './violation-error.js';
