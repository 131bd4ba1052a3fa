// Memory for a TokenStream's per-word arrays. A parse needs a few kilobytes; making an ArrayBuffer for each costs
// more than a short article's tokenizing (an allocation outside the heap, zeroed and tracked by the collector), so
// small streams take their arrays from a shared slab instead. Each stream gets a region of its own, never handed
// out again: a parse kept by the server stays intact while later parses take the next regions.

export interface TokenColumns {
  starts: Int32Array;
  ends: Int32Array;
  /** Word-table id + 1 (0: not looked up yet). */
  ids: Int32Array;
  /** Lexicon classes (0: not looked up yet). */
  classes: Int32Array;
  flags: Uint8Array;
  /** Sentence `s` holds words `sentenceFirst[s]` to `sentenceFirst[s + 1] - 1`. */
  sentenceFirst: Int32Array;
}

const BYTES_PER_WORD = 17;
/** Small enough that a slab kept alive by one cached parse wastes little; a stream bigger than a quarter gets its own buffer. */
const SLAB_BYTES = 1 << 16;

let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** Zeroed arrays for `words` words and `sentences` sentences (sentenceFirst gets one more slot). */
export function allocateColumns(words: number, sentences: number): TokenColumns {
  // Int32 columns first, then the bytes of the flags; rounded up so that the next region starts 4-aligned.
  const bytes = (words * BYTES_PER_WORD + (sentences + 1) * 4 + 3) & ~3;
  let buffer: ArrayBuffer;
  let offset: number;
  if (bytes > SLAB_BYTES >> 2) {
    buffer = new ArrayBuffer(bytes);
    offset = 0;
  } else {
    if (slabUsed + bytes > SLAB_BYTES) {
      slab = new ArrayBuffer(SLAB_BYTES);
      slabUsed = 0;
    }
    buffer = slab;
    offset = slabUsed;
    slabUsed += bytes;
  }
  const wordBytes = words * 4;
  return {
    starts: new Int32Array(buffer, offset, words),
    ends: new Int32Array(buffer, offset + wordBytes, words),
    ids: new Int32Array(buffer, offset + 2 * wordBytes, words),
    classes: new Int32Array(buffer, offset + 3 * wordBytes, words),
    sentenceFirst: new Int32Array(buffer, offset + 4 * wordBytes, sentences + 1),
    flags: new Uint8Array(buffer, offset + 4 * wordBytes + (sentences + 1) * 4, words),
  };
}
