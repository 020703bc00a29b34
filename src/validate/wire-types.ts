/** The S3 import source of a StartImport request or response. */
export interface S3ImportSource {
  S3LocationUri: string | undefined;
  S3BucketRegion: string | undefined;
  S3BucketAccessRoleArn: string | undefined;
}

/** The import source of a StartImport request or response. */
export interface ImportSource {
  S3: S3ImportSource | undefined;
}

/** A StartImport request as passed to the JS SDK v3 (`StartImportCommandInput`). */
export interface StartImportSdkInput {
  Destinations?: string[] | undefined;
  ImportSource?: ImportSource | undefined;
  StartEventTime?: Date | undefined;
  EndEventTime?: Date | undefined;
  ImportId?: string | undefined;
}

/** A StartImport request body in the awsJson1_1 wire shape: timestamps are epoch seconds. */
export interface StartImportWireRequest {
  Destinations?: string[];
  ImportSource?: { S3?: Partial<Record<keyof S3ImportSource, string>> };
  StartEventTime?: number;
  EndEventTime?: number;
  ImportId?: string;
}
