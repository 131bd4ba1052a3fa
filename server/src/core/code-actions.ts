import { Span } from './article';
import { Analysis } from './analyse';
import { chooseSafeFixes, safeFixOf } from './apply-fixes';
import { WirecheckConfig } from './config';
import { disableRuleInConfigText } from './config-edit';
import { Finding, TextEdit } from './finding';
import { fixAllSafe } from './fix-all';
import { formatDirective } from './parse/directive';
import { lineStarts, positionAt } from './parse/lines';
import { RULES_BY_ID } from './rules';

export const QUICK_FIX_KIND = 'quickfix';
export const FIX_ALL_KIND = 'source.fixAll.wirecheck';
export type ActionKind = typeof QUICK_FIX_KIND | typeof FIX_ALL_KIND;

/** An editor action as plain data: the LSP adapter turns it into a CodeAction. */
export interface ActionItem {
  title: string;
  kind: ActionKind;
  /** The findings the action resolves or is about. */
  findings: Finding[];
  /** Edits to the article. */
  edits?: TextEdit[];
  /** Edits to the config file, in its text (without a byte-order mark); `create` when it does not exist yet. */
  configEdits?: { create: boolean; edits: TextEdit[] };
  /** The rule whose documentation page the action opens. */
  documentation?: string;
  preferred?: boolean;
}

export interface ActionRequest {
  /** The cursor (an empty span) or the selection. */
  span: Span;
  /** LSP `only`: the kinds asked for (a kind also matches its sub-kinds); quick fixes when absent. */
  only?: string[];
  /** The config the analysis used; fix-all re-checks with it between passes. Without it, no fix-all action. */
  config?: WirecheckConfig;
  /**
   * The nearest `.wirecheckrc.json`: its text, or `undefined` text when one would be created. Without it (no
   * workspace file access, untrusted workspace), no "disable in config" action.
   */
  configFile?: { text: string | undefined };
}

/** The actions for a cursor or selection: fixes of the findings there, fix-all of a rule, disable, docs; fix-all. */
export function codeActions(analysis: Analysis, request: ActionRequest): ActionItem[] {
  const actions: ActionItem[] = [];
  if (wantsKind(request.only, QUICK_FIX_KIND)) actions.push(...quickFixes(analysis, request));
  // Fix-all re-checks the whole file: computed only when asked for by kind (on save, the command), never for the light bulb.
  if (request.only && wantsKind(request.only, FIX_ALL_KIND) && request.config) {
    const fixAll = fixAllAction(analysis, request.config);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Every safe fix in the file, re-checked until stable: what `source.fixAll.wirecheck` (e.g. on save) applies. */
export function fixAllAction(analysis: Analysis, config: WirecheckConfig): ActionItem | undefined {
  const result = fixAllSafe(analysis, config);
  if (result.applied === 0) return undefined;
  const fixed = analysis.findings.filter((finding) => safeFixOf(finding));
  return { title: 'Fix all safe Wirecheck problems', kind: FIX_ALL_KIND, findings: fixed, edits: result.edits };
}

function quickFixes(analysis: Analysis, request: ActionRequest): ActionItem[] {
  const here = analysis.findings.filter((finding) => touches(finding.span, request.span));
  const actions: ActionItem[] = [];
  for (const finding of here) {
    const safeFixes = finding.fixes?.filter((fix) => fix.safe).length ?? 0;
    for (const fix of finding.fixes ?? []) {
      actions.push({ title: fix.title, kind: QUICK_FIX_KIND, findings: [finding], edits: fix.edits, preferred: fix.safe && safeFixes === 1 });
    }
  }
  const rules = [...new Set(here.map((finding) => finding.rule))];
  for (const rule of rules) {
    const fixAllOfRule = fixAllOfRuleAction(analysis, rule);
    if (fixAllOfRule) actions.push(fixAllOfRule);
  }
  for (const rule of rules) {
    const findings = here.filter((finding) => finding.rule === rule);
    // Notices about the file itself (binary, too large) are not rules: no directive switches them off, no page.
    const isRule = RULES_BY_ID.has(rule);
    if (isRule) {
      // One action per line: two findings of the rule on one line are silenced by the same directive.
      const byEdit = new Map<string, ActionItem>();
      for (const finding of findings) {
        const edit = disableOnLineEdit(analysis, finding);
        if (!edit) continue;
        const key = `${edit.span.start}:${edit.newText}`;
        const same = byEdit.get(key);
        if (same) same.findings.push(finding);
        else byEdit.set(key, { title: `Disable ${rule} on this line`, kind: QUICK_FIX_KIND, findings: [finding], edits: [edit] });
      }
      actions.push(...byEdit.values());
      actions.push({ title: `Disable ${rule} for this file`, kind: QUICK_FIX_KIND, findings, edits: [disableForFileEdit(analysis, rule)] });
    }
    if (request.configFile) {
      const edits = disableRuleInConfigText(request.configFile.text, rule);
      if (edits) actions.push({ title: `Disable ${rule} in .wirecheckrc.json`, kind: QUICK_FIX_KIND, findings, configEdits: { create: request.configFile.text === undefined, edits } });
    }
    if (isRule) actions.push({ title: `Show documentation for ${rule}`, kind: QUICK_FIX_KIND, findings, documentation: rule });
  }
  return actions;
}

/** "Fix all <rule> problems": offered when the rule has more than one finding with a safe fix. */
function fixAllOfRuleAction(analysis: Analysis, rule: string): ActionItem | undefined {
  const fixable = analysis.findings.filter((finding) => finding.rule === rule && safeFixOf(finding));
  if (fixable.length < 2) return undefined;
  const { edits, fixed } = chooseSafeFixes(fixable);
  return { title: `Fix all ${rule} problems in this file`, kind: QUICK_FIX_KIND, findings: fixed, edits };
}

/**
 * The edit that adds `rule` to the file's `[wirecheck-disable …]` line, or inserts such a line at the top of the
 * file (above the dateline; the parser and the `.txt` detection both skip it).
 */
export function disableForFileEdit(analysis: Analysis, rule: string): TextEdit {
  const { article } = analysis;
  const existing = article.directives.find((directive) => directive.scope === 'file');
  if (existing) return { span: existing.span, newText: formatDirective([...existing.rules, rule]) };
  const text = article.text;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { span: { start, end: start }, newText: `${formatDirective([rule])}${lineBreakOf(text)}` };
}

/**
 * The edit that silences one finding: a `[wirecheck-disable-next-line rule]` line above the line the finding
 * starts on, or the rule added to the next-line directive already there. Only that line's findings of the rule go.
 * Undefined for a finding that starts on a blank line, or on a line that a person's name runs on to from the line
 * above (the directive would split the name).
 */
export function disableOnLineEdit(analysis: Analysis, finding: Finding): TextEdit | undefined {
  const { article } = analysis;
  const text = article.text;
  const starts = lineStarts(text);
  const line = positionAt(starts, finding.span.start).line;
  // A finding that starts on a blank line (extra blank lines) has no line of words a directive could stand above.
  if (text.slice(starts[line], starts[line + 1] ?? text.length).trim() === '') return undefined;
  // A name broken over this line and the one above (`Ewan` / `McGregor`) would be split by a line between them.
  const lineStart = starts[line];
  if (article.people.some((person) => person.mentions.some((mention) => mention.span.start < lineStart && mention.span.end > lineStart))) return undefined;
  const existing = article.directives.find((directive) => directive.scope === 'next-line' && directive.line === line);
  if (existing) return { span: existing.span, newText: formatDirective([...existing.rules, finding.rule], 'next-line') };
  // After a byte-order mark, which belongs before everything.
  const start = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : starts[line];
  return { span: { start, end: start }, newText: `${formatDirective([finding.rule], 'next-line')}${lineBreakOf(text)}` };
}

/** The file's own line break, so that an inserted line does not mix line endings. */
function lineBreakOf(text: string): string {
  return /\r\n?|\n/.exec(text)?.[0] ?? '\n';
}

/** Whether a finding is at the cursor or within the selection (an edge counts: the cursor just after a word). */
function touches(finding: Span, range: Span): boolean {
  return finding.start <= range.end && range.start <= finding.end;
}

/** LSP kind matching: `source` and `source.fixAll` both ask for `source.fixAll.wirecheck`. */
export function wantsKind(only: string[] | undefined, kind: ActionKind): boolean {
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}
