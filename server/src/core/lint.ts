import { Article } from './article';
import { WirecheckConfig } from './config';
import { Finding } from './finding';
import { lineStarts, positionAt } from './parse/lines';
import { RULES } from './rules';
import { HouseStyle } from './styles/style';

/**
 * Runs every rule that the configuration leaves on, and drops what `[wirecheck-disable …]` lines switch off:
 * a rule for the whole file, or (`[wirecheck-disable-next-line …]`) its findings that start on the next line.
 */
export function lint(article: Article, style: HouseStyle, config: WirecheckConfig): Finding[] {
  const fileDirectives = article.directives.filter((directive) => directive.scope === 'file');
  const disabled = new Set(fileDirectives.flatMap((directive) => directive.rules));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = config.severities[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off' || disabled.has(rule.id)) continue;
    for (const report of rule.check({ article, style })) findings.push({ ...report, rule: rule.id, severity });
  }
  return withoutSilencedLines(article, findings).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Findings left after the next-line directives: a finding is silenced by one naming its rule on its first line. */
function withoutSilencedLines(article: Article, findings: Finding[]): Finding[] {
  const silenced = new Map<number, Set<string>>();
  for (const directive of article.directives) {
    if (directive.scope !== 'next-line' || directive.line === undefined) continue;
    const rules = silenced.get(directive.line) ?? new Set<string>();
    directive.rules.forEach((rule) => rules.add(rule));
    silenced.set(directive.line, rules);
  }
  if (silenced.size === 0) return findings;
  const starts = lineStarts(article.text);
  return findings.filter((finding) => !silenced.get(positionAt(starts, finding.span.start).line)?.has(finding.rule));
}
