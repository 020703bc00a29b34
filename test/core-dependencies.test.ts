import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** The modules a folder of src/ imports from other folders of src/, as `folder/file`. */
function importsOf(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(join(SRC, folder, file), 'utf8').matchAll(/from '((?:\.\.\/)+)([\w-]+)\/([\w./-]+)'/g)].map((m) => `${folder}/${file} -> ${m[2] ?? ''}/${m[3] ?? ''}`));
}

describe('the core', () => {
  it.each(['core', 'operations', 'contract', 'rules', 'validate', 'json', 'generated'])('src/%s imports nothing from an extension (policy, role, plan)', (folder) => {
    expect(importsOf(folder).filter((line) => / -> (policy|role|plan)\//.test(line))).toEqual([]);
  });
});

describe('the policy option without the policy module', () => {
  it('is an Error saying what to import, when nothing has loaded src/policy', async () => {
    vi.resetModules();
    // A fresh copy of the core's slot, which no policy module has filled.
    const { policyProvider } = await import('../src/validate/extension.js');
    expect(() => policyProvider()).toThrow('the policy option needs the policy module: import cloudtrail-import-contract/policy (or the package root) first');
  });

  it('is served by src/policy once it is loaded, a path included', async () => {
    vi.resetModules();
    await import('../src/policy/index.js');
    const { validateStartImportRequest } = await import('../src/validate/index.js');
    const path = fileURLToPath(new URL('../fixtures/policies/org.json', import.meta.url));
    // Documented: the option takes a loaded policy or a policy object; the loader also takes a path at run time.
    const request = { ImportSource: { S3: { S3LocationUri: 's3://other-bucket/AWSLogs/', S3BucketRegion: 'eu-west-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' } } };
    const codes = validateStartImportRequest(request, { policy: path as never }).violations.map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(['policy/allowed-regions', 'policy/allowed-buckets']));
    expect(() => validateStartImportRequest({}, { policy: fileURLToPath(new URL('../fixtures/policies/bad-json.json', import.meta.url)) as never })).toThrow(/bad-json\.json/);
  });
});
