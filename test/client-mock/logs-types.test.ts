import type {
  CancelImportTaskCommandInput,
  CancelImportTaskCommandOutput,
  CreateImportTaskCommandInput,
  CreateImportTaskCommandOutput,
  DescribeImportTaskBatchesCommandInput,
  DescribeImportTaskBatchesCommandOutput,
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LogsOperationTypes } from '../../src/client-mock/index.js';

type Types<Op extends keyof LogsOperationTypes> = LogsOperationTypes[Op];

describe('LogsOperationTypes', () => {
  it('are the SDK’s inputs and outputs, assignable both ways, without importing the optional Logs client', () => {
    expectTypeOf<CreateImportTaskCommandInput>().toExtend<Types<'CreateImportTask'>['input']>();
    expectTypeOf<Types<'CreateImportTask'>['input']>().toExtend<CreateImportTaskCommandInput>();
    expectTypeOf<CreateImportTaskCommandOutput>().toExtend<Types<'CreateImportTask'>['output']>();
    expectTypeOf<Types<'CreateImportTask'>['output']>().toExtend<CreateImportTaskCommandOutput>();
    expectTypeOf<DescribeImportTasksCommandInput>().toExtend<Types<'DescribeImportTasks'>['input']>();
    expectTypeOf<Types<'DescribeImportTasks'>['input']>().toExtend<DescribeImportTasksCommandInput>();
    expectTypeOf<DescribeImportTasksCommandOutput>().toExtend<Types<'DescribeImportTasks'>['output']>();
    expectTypeOf<Types<'DescribeImportTasks'>['output']>().toExtend<DescribeImportTasksCommandOutput>();
    expectTypeOf<DescribeImportTaskBatchesCommandInput>().toExtend<Types<'DescribeImportTaskBatches'>['input']>();
    expectTypeOf<Types<'DescribeImportTaskBatches'>['input']>().toExtend<DescribeImportTaskBatchesCommandInput>();
    expectTypeOf<DescribeImportTaskBatchesCommandOutput>().toExtend<Types<'DescribeImportTaskBatches'>['output']>();
    expectTypeOf<Types<'DescribeImportTaskBatches'>['output']>().toExtend<DescribeImportTaskBatchesCommandOutput>();
    expectTypeOf<CancelImportTaskCommandInput>().toExtend<Types<'CancelImportTask'>['input']>();
    expectTypeOf<Types<'CancelImportTask'>['input']>().toExtend<CancelImportTaskCommandInput>();
    expectTypeOf<CancelImportTaskCommandOutput>().toExtend<Types<'CancelImportTask'>['output']>();
    expectTypeOf<Types<'CancelImportTask'>['output']>().toExtend<CancelImportTaskCommandOutput>();
    // The declarations a user's compiler reads name no optional Logs client (the compatibility cells without it type-check them).
    const source = readFileSync(new URL('../../src/client-mock/logs-types.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from '@aws-sdk\/client-cloudwatch-logs'/);
  });
});
