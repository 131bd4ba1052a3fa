import * as fs from 'fs';
import * as path from 'path';
import { ArticleFile } from './read';

export class ChangedOnDiskError extends Error {}

/**
 * Writes fixed text in place without risking the original: the same encoding and BOM, a temporary file in the
 * same folder, then a rename. Refuses when the file changed on disk since it was read.
 */
export function writeFixedFile(file: ArticleFile, text: string): void {
  const encoded = file.encodingProblem ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
  const bytes = file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encoded]) : encoded;
  const temporary = path.join(path.dirname(file.path), `.${path.basename(file.path)}.wirecheck-${process.pid}.tmp`);
  const mode = fs.statSync(file.path).mode;
  fs.writeFileSync(temporary, bytes, { mode });
  try {
    if (!fs.readFileSync(file.path).equals(file.bytes)) throw new ChangedOnDiskError(`${file.path}: changed on disk while being checked; not fixed.`);
    fs.renameSync(temporary, file.path);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
