// Data from imported files is never markup: no source file may use an HTML sink. The lint rule covers
// some of these; this test keeps the guarantee even if the lint config changes. It parses each file with
// the TypeScript compiler, so comments and strings that merely mention a sink do not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Rule =
  | 'dangerouslySetInnerHTML'
  | 'innerHTML assignment'
  | 'outerHTML'
  | 'insertAdjacentHTML'
  | 'document.write'
  | 'createContextualFragment'
  | 'setHTMLUnsafe'
  | 'Leaflet HTML string'
  | 'L.divIcon html'
  | 'eval'
  | 'new Function';

interface Finding {
  file: string;
  line: number;
  rule: Rule;
  text: string;
}

const LEAFLET_HTML_METHODS = new Set(['bindPopup', 'bindTooltip', 'setContent']);

/** The name of a member access, `a.name` or `a['name']`. */
function memberName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  return undefined;
}

/** Whether an expression is text: a string or template literal, or a concatenation/`String()`/`.join()`. */
function isStringish(node: ts.Expression): boolean {
  const e = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isStringLiteralLike(e) || ts.isTemplateExpression(e)) return true;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isStringish(e.left) || isStringish(e.right);
  }
  if (ts.isConditionalExpression(e)) return isStringish(e.whenTrue) || isStringish(e.whenFalse);
  if (ts.isCallExpression(e)) {
    if (ts.isIdentifier(e.expression) && e.expression.text === 'String') return true;
    const name = memberName(e.expression);
    return name === 'join' || name === 'toString' || name === 'concat';
  }
  return false;
}

const isAssignment = (kind: ts.SyntaxKind) =>
  kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.PlusEqualsToken;

function ruleFor(node: ts.Node): Rule | undefined {
  if (ts.isJsxAttribute(node) && node.name.getText() === 'dangerouslySetInnerHTML') {
    return 'dangerouslySetInnerHTML';
  }
  // As an object key too: React.createElement(tag, { dangerouslySetInnerHTML: … }).
  if (
    ts.isPropertyAssignment(node) &&
    node.name.getText().replace(/['"]/g, '') === 'dangerouslySetInnerHTML'
  ) {
    return 'dangerouslySetInnerHTML';
  }
  if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) {
    if (memberName(node.left) === 'innerHTML') return 'innerHTML assignment';
  }
  const member = memberName(node);
  if (member === 'outerHTML') return 'outerHTML';
  if (member === 'insertAdjacentHTML') return 'insertAdjacentHTML';
  if (member === 'createContextualFragment') return 'createContextualFragment';
  if (member === 'setHTMLUnsafe' || member === 'parseHTMLUnsafe') return 'setHTMLUnsafe';
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
    return 'new Function';
  }
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  const name = memberName(callee) ?? (ts.isIdentifier(callee) ? callee.text : undefined);
  const [first] = node.arguments;
  if (name === 'eval') return 'eval';
  if (
    (name === 'write' || name === 'writeln') &&
    memberName(callee) &&
    /\bdocument\b/.test(callee.getText())
  ) {
    return 'document.write';
  }
  if (name && LEAFLET_HTML_METHODS.has(name) && first && isStringish(first)) return 'Leaflet HTML string';
  if (name === 'divIcon' && first && ts.isObjectLiteralExpression(first)) {
    if (first.properties.some((p) => p.name?.getText().replace(/['"]/g, '') === 'html'))
      return 'L.divIcon html';
  }
  return undefined;
}

/** Every HTML sink in one file's source text. */
function scanSource(file: string, text: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const visit = (node: ts.Node) => {
    const rule = ruleFor(node);
    if (rule) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      findings.push({ file, line, rule, text: node.getText(source).slice(0, 80) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const ROOT = resolve(import.meta.dirname, '../..');

describe('no HTML sinks in src', () => {
  it('finds none in src/**/*.ts(x)', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    const names = files.map((f) => relative(ROOT, f));
    // Guards against a vacuous pass (wrong directory, nothing read).
    expect(names).toContain('src/main.tsx');
    expect(names).toContain('src/map/MapView.tsx');
    const findings = files.flatMap((f) => scanSource(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`)).toEqual([]);
  });
});

describe('the scanner', () => {
  it.each<[string, string, Rule]>([
    ['JSX prop', 'const a = <div dangerouslySetInnerHTML={{ __html: x }} />;', 'dangerouslySetInnerHTML'],
    [
      'createElement props',
      "createElement('div', { dangerouslySetInnerHTML: { __html: x } });",
      'dangerouslySetInnerHTML',
    ],
    ['innerHTML =', 'el.innerHTML = name;', 'innerHTML assignment'],
    ['innerHTML +=', 'el.innerHTML += `<b>${name}</b>`;', 'innerHTML assignment'],
    ["['innerHTML'] =", "el['innerHTML'] = name;", 'innerHTML assignment'],
    ['outerHTML', 'el.outerHTML = name;', 'outerHTML'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', name);", 'insertAdjacentHTML'],
    ['document.write', 'document.write(name);', 'document.write'],
    ['window.document.writeln', 'window.document.writeln(name);', 'document.write'],
    ['createContextualFragment', 'range.createContextualFragment(name);', 'createContextualFragment'],
    ['setHTMLUnsafe', 'el.setHTMLUnsafe(name);', 'setHTMLUnsafe'],
    ['bindPopup literal', "marker.bindPopup('<b>Ovda</b>');", 'Leaflet HTML string'],
    ['bindTooltip template', 'line.bindTooltip(`${a.name} → ${b.name}`);', 'Leaflet HTML string'],
    ['bindTooltip concatenation', "line.bindTooltip(a.name + ' → ' + b.name);", 'Leaflet HTML string'],
    ['setContent join', 'popup.setContent(parts.join(""));', 'Leaflet HTML string'],
    ['setContent String()', 'popup.setContent(String(flight.notes));', 'Leaflet HTML string'],
    ['divIcon html', "L.divIcon({ className: 'x', html: label });", 'L.divIcon html'],
    ['divIcon quoted html key', "divIcon({ 'html': label });", 'L.divIcon html'],
    ['eval', 'eval(code);', 'eval'],
    ['new Function', "new Function('return 1');", 'new Function'],
  ])('finds a planted sink: %s', (_label, code, rule) => {
    const text = `// A planted example.\nconst x = 1;\n${code}\n`;
    const findings = scanSource('planted.tsx', text);
    expect(findings.map((f) => [f.rule, f.line])).toContainEqual([rule, 3]);
  });

  it.each([
    ['a comment', '// never write el.innerHTML = x or document.write(x)'],
    ['a string', "const hint = 'no dangerouslySetInnerHTML, no insertAdjacentHTML';"],
    ['textContent', 'el.textContent = name;'],
    ['reading innerHTML in a comparison', "if (el.innerHTML === '') clear();"],
    ['bindTooltip with an element', 'line.bindTooltip(element);'],
    ['setContent with a function', 'popup.setContent(() => element);'],
    ['divIcon without html', "L.divIcon({ className: 'dot' });"],
    ['a method named write on another object', 'stream.write(chunk);'],
    ['evaluate', 'page.evaluate(fn);'],
    ['React text child', 'const a = <p>{flight.notes}</p>;'],
  ])('does not flag %s', (_label, code) => {
    expect(scanSource('safe.tsx', code)).toEqual([]);
  });
});
