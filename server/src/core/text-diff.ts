import { TextEdit } from './finding';

/** Beyond this many line pairs the line diff is not worth its time: one edit over the changed region instead. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * Edits that turn `before` into `after`, one per run of changed lines, each trimmed to the characters that
 * differ. An editor applying them keeps the cursor and folds on the lines they do not touch, which one edit over
 * the whole changed region would not.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const old = splitKeepingEnds(before);
  const next = splitKeepingEnds(after);
  // Common lines at both ends first: most fixes touch a few lines of a long text.
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const oldMiddle = old.slice(head, old.length - tail);
  const nextMiddle = next.slice(head, next.length - tail);
  const start = offsetOf(old, head);
  if ((oldMiddle.length + 1) * (nextMiddle.length + 1) > MAX_DIFF_CELLS) {
    return [trimmed(start, oldMiddle.join(''), nextMiddle.join(''))];
  }
  return changedRuns(oldMiddle, nextMiddle).map((run) => trimmed(
    start + offsetOf(oldMiddle, run.oldStart),
    oldMiddle.slice(run.oldStart, run.oldEnd).join(''),
    nextMiddle.slice(run.nextStart, run.nextEnd).join(''),
  ));
}

interface Run {
  oldStart: number;
  oldEnd: number;
  nextStart: number;
  nextEnd: number;
}

/** Runs of lines that differ, from a longest-common-subsequence table (the inputs are small: a story's lines). */
function changedRuns(old: string[], next: string[]): Run[] {
  const width = next.length + 1;
  const common = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      common[i * width + j] = old[i] === next[j] ? common[(i + 1) * width + j + 1] + 1 : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  let open: Run | undefined;
  while (i < old.length || j < next.length) {
    if (i < old.length && j < next.length && old[i] === next[j]) {
      if (open) runs.push(open);
      open = undefined;
      i++;
      j++;
      continue;
    }
    open ??= { oldStart: i, oldEnd: i, nextStart: j, nextEnd: j };
    if (j < next.length && (i === old.length || common[i * width + j + 1] >= common[(i + 1) * width + j])) open.nextEnd = ++j;
    else open.oldEnd = ++i;
  }
  if (open) runs.push(open);
  return runs;
}

/** The edit replacing `oldText` at `start` by `newText`, without the characters the two share at either end. */
function trimmed(start: number, oldText: string, newText: string): TextEdit {
  let head = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (head < shorter && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  return { span: { start: start + head, end: start + oldText.length - tail }, newText: newText.slice(head, newText.length - tail) };
}

/** Lines with their line endings (LF, CRLF or CR), so that joining them gives the text back. */
function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function offsetOf(lines: string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += lines[i].length;
  return offset;
}
