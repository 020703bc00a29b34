import type { PolicyDocument, PrincipalList } from './document.js';
import type { ConditionContext } from './conditions.js';
import { decide, type Decision, type Need } from './evaluate.js';
import { grantViolations } from './report.js';
import { bucketArn, objectsUnder, sourceContext, type ImportTarget } from './request.js';
import type { RoleViolation } from './types.js';
import { exactly, startingWith, type Needed } from './wildcard.js';

/** Whether a resource policy's principal names the role, or its account (whose root delegates to IAM). */
function namesRole(target: ImportTarget): (principal: PrincipalList) => boolean {
  const { role } = target;
  return (principal) => {
    if (role === undefined) return false;
    const root = `arn:${role.partition}:iam::${role.accountId}:root`;
    return (principal.byType.get('AWS') ?? []).some((name) => name === '*' || name === role.text || name === root || name === role.accountId);
  };
}

/** Keys S3 and KMS see when the role calls them: the role is the principal. */
function asRole(target: ImportTarget): [string, Needed][] {
  const { role } = target;
  return role === undefined ? [] : [['aws:principalarn', exactly(role.text)], ['aws:principalaccount', exactly(role.accountId)]];
}

/**
 * s3:ListBucket and s3:GetBucketAcl on the bucket and s3:GetObject on the objects under the prefix,
 * in the permissions policy (no principal) or the bucket policy (for the role).
 */
export function checkBucketAccess(document: PolicyDocument, target: ImportTarget): RoleViolation[] {
  const { location } = target;
  if (!document.readable || location === undefined) return [];
  const resourcePolicy = document.name === 'bucketPolicy';
  const principal = resourcePolicy ? namesRole(target) : undefined;
  const who = resourcePolicy ? ` to ${target.role?.text ?? 'the role'}` : '';
  const context = sourceContext(target, asRole(target));
  const bucket = bucketArn(target, location);
  const out: RoleViolation[] = [];
  for (const action of ['s3:ListBucket', 's3:GetBucketAcl']) {
    const need: Need = { action, resource: exactly(bucket), principal, context };
    out.push(...grantViolations(document, decide(document, need), `${action} on ${bucket}`, { missing: 'role/bucket-access-missing' }, who));
  }
  const objects = objectsUnder(target, location);
  const need: Need = { action: 's3:GetObject', resource: objects, principal, context };
  out.push(...grantViolations(document, decide(document, need), `s3:GetObject on ${objects.literal}*`, { missing: 'role/object-access-missing', partial: 'role/object-access-partial' }, who));
  return out;
}

/** The KMS actions an import's role needs on a customer managed key. */
export const KMS_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'] as const;

/** How the permissions policy answers `action` on some KMS key of the partition: which key is not known. */
export function decideOnSomeKey(permissions: PolicyDocument, action: string, partition: string, context: ConditionContext): Decision {
  const inIam = decide(permissions, { action, resource: startingWith(`arn:${partition}:kms:`), principal: undefined, context });
  // A resource covering some key is enough: the key's ARN is unknown here.
  return inIam.allowedBy === undefined && inIam.partialBy !== undefined ? { ...inIam, allowedBy: inIam.partialBy } : inIam;
}

/** `role/denied` when `decision` is an explicit Deny of `what` in `document`; nothing else (an Allow is not needed there). */
function denialOf(document: PolicyDocument, decision: Decision, what: string): RoleViolation[] {
  return decision.deniedBy === undefined ? [] : grantViolations(document, decision, what, { missing: 'role/kms-access-missing' });
}

/** Whether a resource policy's principal names one of `names` (or everyone). */
export function namesAny(names: readonly string[]): (principal: PrincipalList) => boolean {
  return (principal) => (principal.byType.get('AWS') ?? []).some((name) => name === '*' || names.includes(name));
}

/**
 * A key policy must allow kms:Decrypt and kms:GenerateDataKey to the role, or to its account root;
 * through the root, the permissions policy must then allow them on some KMS key of the partition
 * (the key's ARN is not in the request, so which key cannot be checked).
 */
export function checkKeyAccess(keyPolicy: PolicyDocument, permissions: PolicyDocument, target: ImportTarget): RoleViolation[] {
  const { role, location } = target;
  if (!keyPolicy.readable || role === undefined) return [];
  // A key policy governs only its own key: its Resource (in practice "*") is not compared.
  const objects: [string, Needed][] = location === undefined ? [] : [['kms:encryptioncontext:aws:s3:arn', objectsUnder(target, location)]];
  const context = sourceContext(target, [...asRole(target), ...objects]);
  const root = `arn:${role.partition}:iam::${role.accountId}:root`;
  const out: RoleViolation[] = [];
  for (const action of KMS_ACTIONS) {
    const toRole = decide(keyPolicy, { action, resource: undefined, principal: namesAny([role.text]), context });
    if (toRole.deniedBy !== undefined || toRole.allowedBy !== undefined) {
      out.push(...grantViolations(keyPolicy, toRole, action, { missing: 'role/kms-access-missing' }, ` to ${role.text}`));
      // The key policy's grant needs no Allow in the role's policies, but their explicit Deny still wins.
      if (toRole.deniedBy === undefined && permissions.readable) out.push(...denialOf(permissions, decideOnSomeKey(permissions, action, role.partition, context), `${action} on the KMS key`));
      continue;
    }
    const toRoot = decide(keyPolicy, { action, resource: undefined, principal: namesAny([root, role.accountId]), context });
    out.push(...grantViolations(keyPolicy, toRoot, action, { missing: 'role/kms-access-missing' }, ` to ${role.text} or ${root}`));
    if (toRoot.allowedBy === undefined || toRoot.deniedBy !== undefined || !permissions.readable) continue;
    const someKey = decideOnSomeKey(permissions, action, role.partition, context);
    out.push(...grantViolations(permissions, someKey, `${action} on the KMS key (the key policy allows it through ${root})`, { missing: 'role/kms-access-missing' }));
  }
  return out;
}
