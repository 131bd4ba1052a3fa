import { Article } from '../article';
import { Report } from '../finding';
import { foldName } from '../parse/tokens';
import { Rule } from './rule';

interface Spelling {
  text: string;
  start: number;
}

export const peopleInconsistentSpelling: Rule = {
  id: 'people/inconsistent-spelling',
  description: 'One name spelt two ways in a story (`Diaz-Canel` and `Díaz-Canel`).',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    for (const person of article.people) {
      // ASCII words fold by letter case alone, which this rule ignores: only a name with other characters can vary.
      if (!person.mentions.some((mention) => mention.kind !== 'pronoun' && hasNonAscii(article.text, mention.span))) continue;
      const named = person.mentions.filter((mention) => mention.kind !== 'pronoun').map((mention) => mention.span);
      for (const variants of spellingsByWord(article, named)) {
        const first = variants[0].text;
        for (const other of variants.slice(1).filter((variant) => variant.text !== first)) {
          const span = { start: other.start, end: other.start + other.text.length };
          reports.push({
            span,
            message: `\`${other.text}\` is spelt \`${first}\` earlier in the story: spell a name one way.`,
            fixes: [{ title: `Write \`${first}\``, edits: [{ span, newText: first }], safe: false }],
          });
        }
      }
    }
    return reports.sort((a, b) => a.span.start - b.span.start);
  },
};

/**
 * The words of a person's mentions grouped by their folded form; a group with two spellings that differ beyond
 * letter case (`Díaz` and `Diaz`, not `XI` in a capitals headline and `Xi`) is an inconsistency.
 */
function spellingsByWord(article: Article, spans: { start: number; end: number }[]): Spelling[][] {
  const groups = new Map<string, Spelling[]>();
  for (const span of spans) {
    const text = article.text.slice(span.start, span.end);
    for (const word of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
      const key = foldName(word[0]);
      const list = groups.get(key) ?? [];
      list.push({ text: word[0], start: span.start + (word.index ?? 0) });
      groups.set(key, list);
    }
  }
  return [...groups.values()].filter((list) => new Set(list.map((spelling) => spelling.text.toLowerCase())).size > 1)
    .map((list) => {
      const byCase = list[0].text.toLowerCase();
      return list.filter((spelling) => spelling.text.toLowerCase() !== byCase || spelling === list[0]);
    });
}

function hasNonAscii(text: string, span: { start: number; end: number }): boolean {
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
