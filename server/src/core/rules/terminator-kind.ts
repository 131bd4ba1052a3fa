import { Terminator } from '../article';
import { STYLES } from '../styles';
import { HouseStyle } from '../styles/style';

/** How a story's sign-off stands to its style's: right, the right word spelt wrong, a take to be continued, or another one. */
export type TerminatorVerdict = 'correct' | 'misspelt' | 'continued' | 'other';

const CONTINUED = /^\(?more\)?$/i;

export function judgeTerminator(terminator: Terminator, style: HouseStyle): TerminatorVerdict {
  if (!style.terminator) return 'correct';
  const own = ownSignOff(style, style.terminator);
  if (own.accepted.includes(terminator.text)) return 'correct';
  if (CONTINUED.test(terminator.text)) return 'continued';
  return signOffKey(terminator.text) === own.key ? 'misspelt' : 'other';
}

interface OwnSignOff {
  /** The sign-off and its alternatives, as written. */
  accepted: string[];
  key: string;
}

const ownSignOffs = new WeakMap<HouseStyle, OwnSignOff>();

/** A style's own sign-off, gathered once per style: two rules judge the sign-off of every story. */
function ownSignOff(style: HouseStyle, terminator: string): OwnSignOff {
  let own = ownSignOffs.get(style);
  if (!own) ownSignOffs.set(style, (own = { accepted: [terminator, ...(style.terminatorAlternatives ?? [])], key: signOffKey(terminator) }));
  return own;
}

/** `End item`, `ENDITEM`, `Enditem.` and `Reuter...` are one word each, spelt differently. */
export function signOffKey(text: string): string {
  return text.toLowerCase().replace(/[\s.]+/g, '');
}

/**
 * Whether a sign-off is what another house writes (`(END)`, `Reuter`, a release's `###`): the story may well be
 * that house's copy checked in the wrong style, so rewriting the sign-off is no safe guess.
 */
export function isOtherHousesSignOff(text: string, style: HouseStyle): boolean {
  return otherHousesSignOffs(style).has(signOffKey(text));
}

const otherSignOffsByStyle = new WeakMap<HouseStyle, Set<string>>();

/** The sign-off keys of every other house, gathered once per style (most stories of a batch ask with one style). */
function otherHousesSignOffs(style: HouseStyle): Set<string> {
  let keys = otherSignOffsByStyle.get(style);
  if (!keys) {
    keys = new Set();
    for (const other of Object.values(STYLES)) {
      if (other.id === style.id) continue;
      for (const signOff of [other.terminator, ...(other.terminatorAlternatives ?? []), ...(other.release?.endMarks ?? [])]) {
        if (signOff !== undefined) keys.add(signOffKey(signOff));
      }
    }
    otherSignOffsByStyle.set(style, keys);
  }
  return keys;
}
