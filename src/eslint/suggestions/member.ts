/** no-unknown-members' suggestion: rename a mistyped key to the member it most likely meant. */
import type { Property } from 'estree';
import { nearMissMember } from '../../validate/schema-errors.js';
import type { Suggest } from '../contract-rule.js';

/** The suggestion message. */
export const MEMBER_SUGGESTION_MESSAGES = {
  renameMember: "Rename '{{key}}' to '{{member}}'",
} as const;

function keyName(property: Property): string | undefined {
  const { key } = property;
  if (key.type === 'Identifier' && !property.computed) return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/**
 * The key renamed to the near-miss member the validator's message names (`Destination` →
 * `Destinations`), keeping the key's quotes; a shorthand property keeps its variable. Nothing when
 * the object already has that member: renaming would make a duplicate key.
 */
export const suggestMember: Suggest = (violation, node) => {
  if (violation.code !== 'unknown-member' || node.type !== 'Property' || node.kind !== 'init') return [];
  const key = keyName(node);
  const member = nearMissMember(violation.path, 'request');
  if (key === undefined || member === undefined) return [];
  const siblings = node.parent.type === 'ObjectExpression' ? node.parent.properties : [];
  if (siblings.some((sibling) => sibling.type === 'Property' && keyName(sibling) === member)) return [];
  const { key: keyNode } = node;
  return [
    {
      messageId: 'renameMember',
      data: { key, member },
      fix: (fixer) => {
        if (node.shorthand && keyNode.type === 'Identifier') return fixer.replaceText(node, `${member}: ${keyNode.name}`);
        if (keyNode.type === 'Literal') {
          const quote = keyNode.raw?.[0] === '"' ? '"' : "'";
          return fixer.replaceText(keyNode, `${quote}${member}${quote}`);
        }
        return fixer.replaceText(keyNode, member);
      },
    },
  ];
};
