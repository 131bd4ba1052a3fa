import { Article } from './article';
import { WirecheckConfig } from './config';
import { Finding, Report, Severity } from './finding';
import { lineStarts, positionAt } from './parse/lines';
import { RULES, Rule } from './rules';
import { HouseStyle } from './styles/style';

interface EnabledRule {
  rule: Rule;
  severity: Severity;
}

/** The rules a config leaves on: all of them, and those that check under a style without release settings. */
interface EnabledRules {
  all: EnabledRule[];
  news: EnabledRule[];
}

// Worked out once per config object, not once per article (a batch checks thousands of articles with one config; the
// editor resolves a fresh one when settings change).
const enabledByConfig = new WeakMap<WirecheckConfig, EnabledRules>();
// The config asked for last and its rules: a batch asks with one config for every article.
let lastConfig: WirecheckConfig | undefined;
let lastEnabled: EnabledRules = { all: [], news: [] };

function enabledRules(config: WirecheckConfig): EnabledRules {
  if (config === lastConfig) return lastEnabled;
  let enabled = enabledByConfig.get(config);
  if (!enabled) {
    enabled = { all: [], news: [] };
    for (const rule of RULES) {
      const severity = config.severities[rule.id] ?? rule.defaultSeverity;
      if (severity === 'off') continue;
      enabled.all.push({ rule, severity });
      if (!rule.releaseOnly) enabled.news.push({ rule, severity });
    }
    enabledByConfig.set(config, enabled);
  }
  lastConfig = config;
  lastEnabled = enabled;
  return enabled;
}

/**
 * Runs every rule that the configuration leaves on, and drops what `[wirecheck-disable …]` lines switch off:
 * a rule for the whole file, or (`[wirecheck-disable-next-line …]`) its findings that start on the next line.
 */
export function lint(article: Article, style: HouseStyle, config: WirecheckConfig): Finding[] {
  const disabled = disabledInFile(article);
  const context = { article, style };
  const findings: Finding[] = [];
  const enabled = enabledRules(config);
  // The release rules report nothing under a style without release settings: they are not even called.
  for (const { rule, severity } of style.release ? enabled.all : enabled.news) {
    if (disabled?.has(rule.id)) continue;
    const reports = rule.check(context);
    for (let i = 0; i < reports.length; i++) findings.push(completed(reports[i], rule.id, severity));
  }
  return sortedBySpan(withoutSilencedLines(article, findings));
}

function bySpan(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * Sorted in place by start, then end; stable, as Array#sort is, so the order is the same. An article has a few
 * findings, which an insertion sort puts in order for less than the builtin sort takes to set up.
 */
function sortedBySpan(findings: Finding[]): Finding[] {
  if (findings.length > 16) return findings.sort(bySpan);
  for (let i = 1; i < findings.length; i++) {
    const finding = findings[i];
    let j = i - 1;
    for (; j >= 0 && bySpan(findings[j], finding) > 0; j--) findings[j + 1] = findings[j];
    findings[j + 1] = finding;
  }
  return findings;
}

/**
 * A rule's report made a finding: a new object of one shape (`fixes` undefined when the rule offers none, which JSON
 * leaves out). The rules' reports come in several shapes; completing them in place gave the findings as many, and
 * lint, the sort and every reader of findings code that V8 had to throw away and rebuild for each new one.
 */
function completed(report: Report, rule: string, severity: Severity): Finding {
  return { span: report.span, message: report.message, fixes: report.fixes, rule, severity };
}

function disabledInFile(article: Article): Set<string> | undefined {
  let disabled: Set<string> | undefined;
  for (const directive of article.directives) {
    if (directive.scope !== 'file') continue;
    disabled ??= new Set();
    for (const rule of directive.rules) disabled.add(rule);
  }
  return disabled;
}

/** Findings left after the next-line directives: a finding is silenced by one naming its rule on its first line. */
function withoutSilencedLines(article: Article, findings: Finding[]): Finding[] {
  // Most articles hold no directive: no map to build.
  if (article.directives.length === 0) return findings;
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
