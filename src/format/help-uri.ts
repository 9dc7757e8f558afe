/**
 * Where a rule is documented, apart from the SARIF builder: the text report and `isolint rules`
 * link to it too, and must not load node-sarif-builder to do so.
 */
import { INFORMATION_URI } from '../version.js';
import { ruleDocPath } from '../docs.js';

/** Where a rule is documented for people who follow a result's "help" link. */
export function ruleHelpUri(ruleId: string): string {
  // isolint's own checks of suppression comments are not rules and have no page of their own.
  if (ruleId.startsWith('isolint/')) return `${INFORMATION_URI}#suppression-hygiene`;
  return `${INFORMATION_URI}/blob/main/${ruleDocPath(ruleId)}`;
}
