import { codeMessages, policyDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';
import { POLICY_CODES } from './respect-import-policy.js';

const docs = policyDocs("Requests should keep to the rules settings['cloudtrail-import'].policy rates as warnings", POLICY_CODES, 'warning');

/** Warns of the `policy/<rule>` violations whose rule the organisation policy rates `warning`. */
export const respectImportPolicyWarnings = createRule({
  name: 'respect-import-policy-warnings',
  meta: { type: 'problem', docs, messages: codeMessages(POLICY_CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
