// Nothing runs code from the workspace and nothing touches the network: the server, the CLI and the core import
// no network, process or code-loading module, and evaluate no code from strings.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const SOURCES = path.resolve(__dirname, '../../server/src');
const FORBIDDEN_MODULES = ['net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'vm', 'module', 'inspector'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('robustness: no network, no code from the workspace', () => {
  const files = sourceFiles(SOURCES);

  it('imports no network, process-spawning or code-loading module', () => {
    const found: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const name = (statement.moduleSpecifier as ts.StringLiteral).text.replace(/^node:/, '');
        if (FORBIDDEN_MODULES.includes(name)) found.push(`${path.relative(SOURCES, file)} imports ${name}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('calls no eval, Function constructor, require or import() with a computed argument, and no fetch', () => {
    const found: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
          const callee = node.expression.getText();
          const literalArgument = node.arguments?.length === 1 && ts.isStringLiteral(node.arguments[0]);
          if (['eval', 'Function', 'fetch'].includes(callee) || ((callee === 'require' || node.expression.kind === ts.SyntaxKind.ImportKeyword) && !literalArgument)) {
            found.push(`${path.relative(SOURCES, file)}: ${node.getText().slice(0, 60)}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, []);
  });

  it('reads configuration as JSON data, never as a module', () => {
    const loader = fs.readFileSync(path.join(SOURCES, 'config/graciousrc.ts'), 'utf8');
    assert.match(loader, /JSON\.parse/);
    assert.doesNotMatch(loader, /require\(|import\(/);
  });
});
