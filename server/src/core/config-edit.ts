import { TextEdit } from './finding';

/** A JSON object in the text: its braces and its members (key, and where the value starts and ends). */
interface JsonObject {
  open: number;
  close: number;
  members: { key: string; keyStart: number; valueStart: number; valueEnd: number }[];
}

/**
 * The edits that switch `rule` off in the text of a `.wirecheckrc.json` (`undefined` text: the file does not
 * exist yet). Returns undefined when the file cannot be edited safely — it is not a JSON object, its `rules`
 * is not an object — or when the rule is already off there. Keeps the rest of the file as it is.
 */
export function disableRuleInConfigText(text: string | undefined, rule: string): TextEdit[] | undefined {
  const eol = text?.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text ?? '');
  const entry = `${JSON.stringify(rule)}: "off"`;
  if (text === undefined || text.trim() === '') {
    return [{ span: { start: 0, end: text?.length ?? 0 }, newText: `{${eol}${unit}"rules": {${eol}${unit}${unit}${entry}${eol}${unit}}${eol}}${eol}` }];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const root = readObject(text, text.search(/\S/));
  if (!root) return undefined;
  const rules = data.rules;
  if (rules === undefined) {
    const indent = lineIndent(text, root.open) + unit;
    const member = isOneLine(text, root) ? `"rules": { ${entry} }` : `"rules": {${eol}${indent}${unit}${entry}${eol}${indent}}`;
    return [insertMember(text, root, member, indent, eol)];
  }
  if (!isRecord(rules)) return undefined;
  if (rules[rule] === 'off') return undefined;
  const rulesMember = last(root.members.filter((member) => member.key === 'rules'));
  const rulesObject = rulesMember && readObject(text, rulesMember.valueStart);
  if (!rulesMember || !rulesObject) return undefined;
  const existing = last(rulesObject.members.filter((member) => member.key === rule));
  if (existing) return [{ span: { start: existing.valueStart, end: existing.valueEnd }, newText: '"off"' }];
  return [insertMember(text, rulesObject, entry, lineIndent(text, rulesMember.keyStart) + unit, eol)];
}

/** Adds a member at the end of an object: on its own line, or inline when the object sits on one line. */
function insertMember(text: string, object: JsonObject, member: string, indent: string, eol: string): TextEdit {
  const oneLine = isOneLine(text, object);
  const lastMember = last(object.members);
  if (!lastMember) {
    const closeIndent = indent.slice(0, Math.max(0, indent.length - indentUnit(text).length));
    const newText = oneLine ? ` ${member} ` : `${eol}${indent}${member}${eol}${closeIndent}`;
    return { span: { start: object.open + 1, end: object.close }, newText };
  }
  const at = lastMember.valueEnd;
  return { span: { start: at, end: at }, newText: oneLine ? `, ${member}` : `,${eol}${indent}${member}` };
}

function isOneLine(text: string, object: JsonObject): boolean {
  return !/[\r\n]/.test(text.slice(object.open, object.close));
}

/** Reads the object starting at `open` (text already known to be valid JSON). */
function readObject(text: string, open: number): JsonObject | undefined {
  if (text[open] !== '{') return undefined;
  const members: JsonObject['members'] = [];
  let i = skipBlank(text, open + 1);
  if (text[i] === '}') return { open, close: i, members };
  for (;;) {
    const keyStart = i;
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
    const valueStart = skipBlank(text, skipBlank(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    members.push({ key, keyStart, valueStart, valueEnd });
    i = skipBlank(text, valueEnd);
    if (text[i] === '}') return { open, close: i, members };
    if (text[i] !== ',' || i >= text.length) return undefined;
    i = skipBlank(text, i + 1);
  }
}

function skipValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return skipString(text, start);
  if (first !== '{' && first !== '[') {
    let i = start;
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"') i = skipString(text, i) - 1;
    else if (char === '{' || char === '[') depth++;
    else if ((char === '}' || char === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The offset just after the string that starts at `start`. */
function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipBlank(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function lineIndent(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** The file's own indentation step: the first indented line's leading blanks, two spaces otherwise. */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}

function last<T>(items: T[]): T | undefined {
  return items[items.length - 1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
