import { datelineMissing } from './dateline-missing';
import { Rule } from './rule';
import { terminatorMissing } from './terminator-missing';

export type { Rule, RuleContext } from './rule';

/** Every rule, in the order findings are reported. An explicit list: no rule runs by accident. */
export const RULES: Rule[] = [datelineMissing, terminatorMissing];

export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
