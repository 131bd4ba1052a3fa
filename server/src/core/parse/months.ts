/** Letters only. */
const ONLY_LETTERS = /^\p{L}+$/u;

// Month words in every form a dateline uses: full names, abbreviations with or without a period.
const MONTHS: [number, string[]][] = [
  [1, ['january', 'jan']],
  [2, ['february', 'feb']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];

const BY_WORD = new Map<string, number>();
for (const [number, words] of MONTHS) for (const word of words) BY_WORD.set(word, number);

/** 1-12 for a month word (`Aug.`, `Sept`, `August`, `aug`), undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  // A final period cut off by hand: `replace(/\.$/, '')` made a new string and ran a pattern for every word asked.
  const bare = word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word;
  return BY_WORD.get(bare.toLowerCase());
}

/**
 * A month word, or a misspelt one (`Narch`, `Juen`, `Marchg`, `Apri`): close enough to a month name that
 * the dateline's date can be read and its month reported as wrong.
 */
export function looksLikeMonth(word: string): boolean {
  if (monthNumber(word) !== undefined) return true;
  const bare = word.replace(/\.$/, '').toLowerCase();
  if (bare.length < 3 || !ONLY_LETTERS.test(bare)) return false;
  return [...BY_WORD.keys()].some((name) => name.length >= 4 && editDistance(bare, name) <= (name.length >= 6 ? 2 : 1));
}

/** Levenshtein distance with adjacent transpositions (`Juen` → `June` is one step). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days in a month; February allows 29 unless the year is known to be common. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
