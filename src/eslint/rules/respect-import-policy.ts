import { POLICY_RULE_NAMES, type PolicyCode } from '../../policy/index.js';
import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES: readonly PolicyCode[] = POLICY_RULE_NAMES.map((name): PolicyCode => `policy/${name}`);
const docs = contractDocs("Requests must keep to the organisation policy of settings['cloudtrail-import'].policy", CODES);

/**
 * Reports the `policy/<rule>` violations of the organisation policy in the shared settings, each
 * at the policy's own severity (its `off` rules never); with no policy it reports nothing.
 */
export const respectImportPolicy = createRule({
  name: 'respect-import-policy',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs, { allSeverities: true }),
});
