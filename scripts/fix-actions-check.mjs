// Applies every quick fix the light bulb offers on an article, one at a time, and judges the result: does the
// finding it targets go away, and does the article keep its dateline, sign-off, end mark, paragraphs and style?
// Used by eval-fixes.mjs; the actions come from the same core function the editor calls (codeActions).

/** How an action is meant to work, read from its title: the rule's own fix, fix-all of a rule, or a directive. */
export function actionKind(action) {
  if (/^Disable \S+ for this file$/.test(action.title)) return 'disable-file';
  if (/^Disable \S+ on this line$/.test(action.title)) return 'disable-line';
  if (/^Fix all \S+ problems in this file$/.test(action.title)) return 'fix-all-of-rule';
  return 'fix';
}

const count = (analysis, rule) => analysis.findings.filter((finding) => finding.rule === rule).length;

/**
 * What a fix must not break; undefined when nothing was lost. Paragraphs the edits delete on purpose (text after
 * the sign-off) do not count as lost.
 */
export function damage(before, after, edits = []) {
  const was = before.article;
  const is = after.article;
  if (was.dateline && !is.dateline) return 'dateline lost';
  if (was.terminator && !is.terminator) return 'sign-off lost';
  if (was.release?.endMark && !is.release?.endMark) return 'end mark lost';
  // Paragraphs with words: a `###` line read as a paragraph before and as the end mark after is not lost.
  const worded = (analysis) => analysis.article.paragraphs.filter((paragraph) => /\p{L}/u.test(analysis.article.text.slice(paragraph.span.start, paragraph.span.end)));
  const kept = worded(before).filter((paragraph) => !edits.some((edit) => edit.span.start <= paragraph.span.start && paragraph.span.end <= edit.span.end));
  if (worded(after).length < kept.length) return 'paragraph lost';
  if (before.style.id !== after.style.id) return `style changed from ${before.style.id} to ${after.style.id}`;
  return undefined;
}

/** Whether the findings an action targets are gone after it; a reason when they are not. */
function targetsGone(core, action, before, after) {
  const rule = action.findings[0].rule;
  const kind = actionKind(action);
  if (kind === 'disable-file') return count(after, rule) === 0 ? undefined : 'the rule still reports';
  if (kind === 'disable-line') {
    // The finding's line is silenced, the rule's findings on other lines stay.
    const starts = core.lineStarts(before.article.text);
    const lineOf = (offset) => core.positionAt(starts, offset).line;
    const targetLine = lineOf(action.findings[0].span.start);
    const others = before.findings.filter((finding) => finding.rule === rule && lineOf(finding.span.start) !== targetLine).length;
    if (count(after, rule) > others) return 'the finding is still reported';
    if (count(after, rule) < others) return 'findings on other lines silenced too';
    return undefined;
  }
  const wanted = count(before, rule) - action.findings.length;
  return count(after, rule) <= wanted ? undefined : 'the finding is still reported';
}

/** Every distinct editable action offered on the article's findings (a fix shared by two findings counts once). */
export function offeredActions(core, analysis, config) {
  const seen = new Set();
  const actions = [];
  for (const finding of analysis.findings) {
    for (const action of core.codeActions(analysis, { span: finding.span, config })) {
      if (!action.edits || action.findings.length === 0) continue;
      const key = `${action.title}\u0000${JSON.stringify(action.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push(action);
    }
  }
  return actions;
}

/**
 * Applies each offered action to `text` and returns one verdict per action:
 * `{ rule, kind, title, safe, failure }` with `failure` undefined when the action worked.
 */
export function checkActions(core, text, before, config) {
  return offeredActions(core, before, config).map((action) => {
    const rule = action.findings[0].rule;
    const kind = actionKind(action);
    const safe = kind === 'fix' ? action.findings[0].fixes?.find((fix) => fix.title === action.title)?.safe === true : kind === 'fix-all-of-rule';
    const after = core.analyse(core.applyEdits(text, action.edits), config);
    const failure = targetsGone(core, action, before, after) ?? damage(before, after, action.edits);
    return { rule, kind, title: action.title, safe, failure };
  });
}
