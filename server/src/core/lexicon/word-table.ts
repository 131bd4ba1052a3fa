// Every distinct word met, once: the tokenizer finds a word of the text here by its characters, without slicing
// a new string or hashing one for each occurrence, and gets back the word's string and its classes.

const SLOT_BITS = 16;
const SLOTS = 1 << SLOT_BITS;
/** Half the slots at most, so that probing stays short; past it the table starts again (a server runs for days). */
const MAX_WORDS = SLOTS >> 1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export class WordTable {
  /** Word id + 1 per slot (0: empty), open addressing by hash. */
  private slots = new Int32Array(SLOTS);
  private readonly hashes = new Int32Array(MAX_WORDS);
  private readonly classes = new Int32Array(MAX_WORDS);
  private forms: string[] = [];

  constructor(private readonly classify: (word: string) => number) {}

  /** The id of the word `text.slice(start, end)`, added on first sight. */
  idOfSlice(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    const length = end - start;
    let slot = hash & (SLOTS - 1);
    for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
      const id = entry - 1;
      if (this.hashes[id] === hash && sameChars(this.forms[id], text, start, length)) return id;
      slot = (slot + 1) & (SLOTS - 1);
    }
    return this.add(text.slice(start, end), hash, slot);
  }

  /** The id of a word given as a string. */
  idOf(word: string): number {
    return this.idOfSlice(word, 0, word.length);
  }

  form(id: number): string {
    return this.forms[id];
  }

  classesOf(id: number): number {
    return this.classes[id];
  }

  private add(word: string, hash: number, slot: number): number {
    if (this.forms.length >= MAX_WORDS) {
      this.clear();
      return this.idOf(word);
    }
    const id = this.forms.length;
    // A long word sliced from an article keeps the whole article alive: the table keeps its own copy.
    this.forms.push(word.length >= 13 ? (' ' + word).slice(1) : word);
    this.hashes[id] = hash;
    this.classes[id] = this.classify(word);
    this.slots[slot] = id + 1;
    return id;
  }

  private clear(): void {
    this.slots.fill(0);
    this.forms = [];
  }
}

function sameChars(form: string, text: string, start: number, length: number): boolean {
  if (form.length !== length) return false;
  for (let i = 0; i < length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
