import { POLICY_RULE_NAMES, type PolicyCode } from '../../policy/index.js';
import { codeMessages, policyDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

/** Every code of an organisation policy: `policy/<rule>`. */
export const POLICY_CODES: readonly PolicyCode[] = POLICY_RULE_NAMES.map((name): PolicyCode => `policy/${name}`);
const docs = policyDocs("Requests must keep to the organisation policy of settings['cloudtrail-import'].policy", POLICY_CODES, 'error');

/**
 * Reports the `policy/<rule>` violations of the organisation policy in the shared settings whose
 * rule the policy rates `error` (its warnings are `respect-import-policy-warnings`'); with no
 * policy it reports nothing.
 */
export const respectImportPolicy = createRule({
  name: 'respect-import-policy',
  meta: { type: 'problem', docs, messages: codeMessages(POLICY_CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
