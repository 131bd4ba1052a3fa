/**
 * Where the next of a few strings stands in a text, for a caller that moves forward through it. Each string is found
 * by indexOf, a native search many times faster than a regular expression that tries every character, and is searched
 * for again only once the caller has passed it: however often the caller asks, the text is read about once per string.
 */
export class NeedleScan {
  /** Per needle, where it next stands; -2 before the first search, -1 when there is none left. */
  private readonly found: number[];

  constructor(private readonly text: string, private readonly needles: readonly string[]) {
    // A loop, not map(): no closure made per scan (one per paragraph).
    this.found = [];
    for (let k = 0; k < needles.length; k++) this.found.push(-2);
  }

  /** The first place at or after `from` where any needle starts, or -1. `from` must not go back between calls. */
  next(from: number): number {
    let first = -1;
    for (let k = 0; k < this.needles.length; k++) {
      let at = this.found[k];
      if (at !== -1 && at < from) this.found[k] = at = this.text.indexOf(this.needles[k], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}
