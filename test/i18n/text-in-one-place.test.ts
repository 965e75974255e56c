import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { HELP_MESSAGES } from '../../src/i18n/messages-help.js';

const SRC = path.resolve(__dirname, '../../src');
/** Hiragana, katakana (incl. the long-vowel mark) or kanji. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The `meta` object of a lint rule (`meta: { description, practice, messages }`): a rule's own catalog. */
function inRuleMeta(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isPropertyAssignment(n) && n.name.getText() === 'meta') return true;
  }
  return false;
}

/** Part of a pattern (`new RegExp(…)`) that recognises words a plan author wrote, in any language. */
function inPattern(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp') return true;
  }
  return false;
}

/**
 * The text a reader of mplan's output could meet: string and template literals. Comments
 * (which may quote a Japanese example) and regular expressions (which recognise what a
 * plan author wrote, e.g. メール as a personal channel) are not output; a rule's `meta` is its
 * own catalog, checked with the others by catalog.test.ts.
 */
function japaneseLiterals(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  if (!JAPANESE.test(src)) return [];
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const rule = file.startsWith(path.join(SRC, 'rules') + path.sep);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal && JAPANESE.test(node.text) && !(rule && inRuleMeta(node)) && !inPattern(node)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(SRC, file)}:${line + 1}: ${node.text.slice(0, 40)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('user-facing text lives in src/i18n (issue 15: text in one place)', () => {
  it('no Japanese text in src/ outside the catalogs, generated code and the rules\' own messages', () => {
    const files = tsFiles(SRC).filter((f) => !f.startsWith(path.join(SRC, 'i18n') + path.sep) && !f.startsWith(path.join(SRC, 'generated') + path.sep));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(japaneseLiterals), 'move the text to a catalog in src/i18n/ and look it up by id').toEqual([]);
  });

  it('every help text is written once (no two help ids say the same)', () => {
    const seen = new Map<string, string>();
    const copies: string[] = [];
    for (const [id, m] of Object.entries(HELP_MESSAGES)) {
      const key = `${m.en}\u0000${m.ja}`;
      if (seen.has(key)) copies.push(`${id} = ${seen.get(key)}`);
      seen.set(key, id);
    }
    expect(copies).toEqual([]);
  });
});

describe('the words of rendered documents (src/i18n/document-words.ts)', () => {
  it('name every value in English and in Japanese', async () => {
    const { LABELS } = await import('../../src/i18n/document-words.js');
    const gaps: string[] = [];
    for (const [group, words] of Object.entries(LABELS)) {
      const en = Object.keys(words.en).sort().join(',');
      const ja = Object.keys(words.ja).sort().join(',');
      if (en !== ja) gaps.push(`${group}: en {${en}} ja {${ja}}`);
    }
    expect(gaps).toEqual([]);
  });
});
