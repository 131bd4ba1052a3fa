import { foldName } from '../parse/fold-name';

// Every distinct word met, once: the tokenizer finds a word of the text here by its characters, without slicing
// a new string or hashing one for each occurrence, and gets back the word's string and its classes.

/** Slots to start with; the table doubles as words come, up to MAX_SLOTS. */
const FIRST_SLOTS = 1 << 15;
/**
 * A batch over an archive meets about a hundred thousand distinct words: a table that starts again before that
 * classifies the same words over and over. Past it (a server runs for days) the table starts again.
 */
const MAX_SLOTS = 1 << 18;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export class WordTable {
  /** Word id + 1 per slot (0: empty), open addressing by hash; at most half the slots are used, so probing stays short. */
  private slots = new Int32Array(FIRST_SLOTS);
  private mask = FIRST_SLOTS - 1;
  private hashes = new Int32Array(FIRST_SLOTS >> 1);
  private classes = new Int32Array(FIRST_SLOTS >> 1);
  private forms: string[] = [];
  /** Per id, the word folded (foldName), once a stage asks for it; undefined before. */
  private folds: (string | undefined)[] = [];
  /** Counts the times the table started again: an id is only good within its generation. */
  generation = 0;

  constructor(private readonly classify: (word: string) => number) {}

  /** The id of the word `text.slice(start, end)`, added on first sight. */
  idOfSlice(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    const length = end - start;
    const mask = this.mask;
    let slot = hash & mask;
    for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
      const id = entry - 1;
      if (this.hashes[id] === hash && sameChars(this.forms[id], text, start, length)) return id;
      slot = (slot + 1) & mask;
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

  /**
   * The word folded as foldName folds it, once per distinct word: a name's words come back often, and an array read by
   * id touches less memory than a map of folded words keyed by string.
   */
  folded(id: number): string {
    let folded = this.folds[id];
    if (folded === undefined) this.folds[id] = folded = foldName(this.forms[id]);
    return folded;
  }

  private add(word: string, hash: number, slot: number): number {
    if (this.forms.length >= this.hashes.length) {
      if (this.slots.length < MAX_SLOTS) this.grow();
      else this.clear();
      return this.idOf(word);
    }
    const id = this.forms.length;
    // A long word sliced from an article keeps the whole article alive: the table keeps its own copy.
    this.forms.push(word.length >= 13 ? (' ' + word).slice(1) : word);
    // Pushed with its word, so that the array stays packed (an element set past the end makes it holey).
    this.folds.push(undefined);
    this.hashes[id] = hash;
    this.classes[id] = this.classify(word);
    this.slots[slot] = id + 1;
    return id;
  }

  /** Twice the slots, every word kept with its id and classes. */
  private grow(): void {
    const size = this.slots.length * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.forms.length; id++) {
      let slot = this.hashes[id] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
    const hashes = new Int32Array(size >> 1);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const classes = new Int32Array(size >> 1);
    classes.set(this.classes);
    this.classes = classes;
  }

  private clear(): void {
    this.slots.fill(0);
    this.forms = [];
    this.folds = [];
    this.generation++;
  }
}

function sameChars(form: string, text: string, start: number, length: number): boolean {
  if (form.length !== length) return false;
  for (let i = 0; i < length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
