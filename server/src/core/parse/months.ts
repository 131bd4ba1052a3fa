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
  return BY_WORD.get(word.replace(/\.$/, '').toLowerCase());
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
