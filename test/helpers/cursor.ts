/** Splits a text with one `|` cursor marker into the text without it and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('mark exactly one cursor with |');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** Puts the cursor marker into `text` at the `at`-th character of the first occurrence of `needle`. */
export function markIn(text: string, needle: string, at = 0): string {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in text`);
  return `${text.slice(0, index + at)}|${text.slice(index + at)}`;
}
