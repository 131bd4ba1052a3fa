// Names and words compared without case and diacritics (`Díaz-Canel` and `Diaz-Canel`).

/** Folds case and diacritics so that `Díaz-Canel` and `Diaz-Canel` compare equal. */
export function foldName(name: string): string {
  // Plain ASCII has no marks to strip and no curly apostrophe (most names): lower case is all. A cache of folded
  // words cost more than it saved here, its look-ups missing the processor's caches across an archive's words.
  if (isAscii(name)) return name.toLowerCase();
  // The Unicode normalisation is costly: a non-ASCII word is folded once and its folded form remembered.
  return name.length >= SLICE_LENGTH ? fold(name) : rememberedFold(name);
}

/** A short word folded, from the remembered ones or folded now (on a miss only) and remembered. */
function rememberedFold(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(word, (folded = isAscii(word) ? word.toLowerCase() : fold(word)));
  }
  return folded;
}

// V8 slices a string of 13 characters or more as a view of its source: a name that long could keep a whole article
// alive as a key here, so only shorter ones (single words, most of them) are remembered.
const SLICE_LENGTH = 13;
const MAX_FOLDED_WORDS = 1 << 14;
const foldedWords = new Map<string, string>();

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

// Called for every name and word looked up: a loop over char codes, not a regex.
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
