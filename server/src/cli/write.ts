import * as fs from 'fs';
import * as path from 'path';
import { ArticleFile } from './read';

export class ChangedOnDiskError extends Error {}

/** Test-only hooks into the write, to simulate a file changing at the worst moment. */
export interface WriteHooks {
  /** Runs after the temporary file is written, just before the on-disk check and the rename. */
  beforeCommit?: () => void;
}

/**
 * Writes fixed text in place without risking the original: the same encoding and BOM, a temporary file in the
 * same folder, then a rename. Refuses when the file changed on disk since it was read, or when the fixed text
 * cannot be written in the file's encoding.
 */
export function writeFixedFile(file: ArticleFile, text: string, hooks: WriteHooks = {}): void {
  // A Latin-1 file stays Latin-1: a fix that needs other characters would be written as garbage.
  if (file.encodingProblem && /[^\u0000-\u00ff]/.test(text)) throw new Error(`${file.path}: the fixes need characters that Latin-1 cannot hold; not fixed`);
  const encoded = file.encodingProblem ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
  const bytes = file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encoded]) : encoded;
  // Through a symbolic link, replace the file it points to, not the link.
  const target = fs.realpathSync(file.path);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.wirecheck-${process.pid}.tmp`);
  const mode = fs.statSync(target).mode;
  fs.writeFileSync(temporary, bytes, { mode, flag: 'wx' });
  try {
    hooks.beforeCommit?.();
    if (!fs.readFileSync(target).equals(file.bytes)) throw new ChangedOnDiskError(`${file.path}: changed on disk while being checked; not fixed.`);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
