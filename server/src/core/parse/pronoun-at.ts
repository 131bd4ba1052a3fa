/** Whether the text at `start`–`end` is `he` or `she`, in any letter case, read without slicing it. */
export function isHeOrSheAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  // `| 0x20` lowers an ASCII capital and leaves its small letter; no other code unit becomes `s`, `h` or `e`, as
  // with the non-Unicode /i flag of the `/^(?:he|she)$/i` this replaces.
  if (length === 3 && (text.charCodeAt(start) | 0x20) !== 0x73) return false;
  if (length !== 2 && length !== 3) return false;
  return (text.charCodeAt(end - 2) | 0x20) === 0x68 && (text.charCodeAt(end - 1) | 0x20) === 0x65;
}
