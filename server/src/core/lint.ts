import { Article } from './article';
import { WirecheckConfig } from './config';
import { Finding } from './finding';
import { RULES } from './rules';
import { HouseStyle } from './styles/style';

/** Runs every rule that the configuration leaves on, and drops what `[wirecheck-disable …]` lines switch off. */
export function lint(article: Article, style: HouseStyle, config: WirecheckConfig): Finding[] {
  const disabled = new Set(article.directives.flatMap((directive) => directive.rules));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = config.severities[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off' || disabled.has(rule.id)) continue;
    for (const report of rule.check({ article, style })) findings.push({ ...report, rule: rule.id, severity });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
