// Every regular expression in the server's sources, found by reading them with the TypeScript parser:
// literals (`/…/u`) and `new RegExp(…)` / `RegExp(…)` calls, each with its file and line.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface RegexConstruction {
  file: string;
  line: number;
  /** The call as written, e.g. `new RegExp(\`(?<![\\p{L}…])(?:${alternatives.join('|')})…\`, 'gu')`. */
  call: string;
  /** The enclosing function's name, which identifies the construction across edits. */
  within: string;
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function enclosingFunction(node: ts.Node): string {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if ((ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current)) && current.name) return current.name.getText();
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  }
  return '(top level)';
}

/** All regular expressions under `root` (a folder of TypeScript sources), relative file names. */
export function inventoryRegexes(root: string, base: string): { literals: RegexLiteral[]; constructions: RegexConstruction[] } {
  const literals: RegexLiteral[] = [];
  const constructions: RegexConstruction[] = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const name = path.relative(base, file).split(path.sep).join('/');
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const lastSlash = text.lastIndexOf('/');
        literals.push({ file: name, line: lineOf(node), source: text.slice(1, lastSlash), flags: text.slice(lastSlash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructions.push({ file: name, line: lineOf(node), call: node.getText(), within: enclosingFunction(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructions };
}
