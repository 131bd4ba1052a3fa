// A map from lower-case ASCII words to values, looked up by a slice of a text in any letter case without making a
// string: for scans that test most words of an article against a short list (the reporting verbs).

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export class AsciiWordMap<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  /** Key index + 1 per slot (0: empty), open addressing by hash. */
  private readonly slots: Int32Array;

  /** `entries` keys must be distinct; keys that are not lower-case ASCII letters are left out (no ASCII slice equals them). */
  constructor(entries: Iterable<[string, T]>) {
    const usable = [...entries].filter(([key]) => /^[a-z]+$/.test(key));
    let size = 16;
    while (size < usable.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    for (const [key, value] of usable) {
      let slot = hashOf(key, 0, key.length) & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.keys.push(key);
      this.values.push(value);
      this.slots[slot] = this.keys.length;
    }
  }

  /**
   * The value for `text.slice(start, end).toLowerCase()` when that slice is ASCII; `null` when it holds other
   * characters (the caller looks those up as strings: `K`, the Kelvin sign, lower-cases to an ASCII `k`).
   */
  get(text: string, start: number, end: number): T | undefined | null {
    for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return null;
    const mask = this.slots.length - 1;
    for (let slot = hashOf(text, start, end) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const index = this.slots[slot] - 1;
      if (sameLowerCase(this.keys[index], text, start, end)) return this.values[index];
    }
    return undefined;
  }
}

/** FNV-1a over the characters with ASCII capitals folded to lower case. */
function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ lowerAscii(text.charCodeAt(i)), FNV_PRIME);
  return hash;
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

function sameLowerCase(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) return false;
  return true;
}
