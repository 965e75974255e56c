import { describe, expect, it } from 'vitest';
import { placeholders } from '../../src/i18n/format.js';
import { AREA_CATALOGS, CATALOG } from '../../src/i18n/index.js';
import type { MessageText } from '../../src/i18n/types.js';
import { FILTERS } from '../../src/i18n/vocabulary.js';
import { RULES } from '../../src/rules/index.js';

/** Hiragana, katakana (incl. the long-vowel mark) or kanji: the text really is Japanese. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;
const FILTER_USE = /\{\{\s*[A-Za-z0-9_]+\s*\|\s*([a-z]+)(?::[^{}]*?)?\s*\}\}/g;

interface Entry {
  where: string;
  text: MessageText;
}

/** Every message mplan can print, with where it comes from. */
function entries(): Entry[] {
  const out: Entry[] = [];
  const catalogs = AREA_CATALOGS;
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const [id, text] of Object.entries(catalog)) out.push({ where: `${name} catalog: ${id}`, text });
  }
  for (const rule of RULES) {
    const id = rule.meta.id;
    out.push({ where: `${id}: description`, text: rule.meta.description });
    if (rule.meta.practice) out.push({ where: `${id}: practice`, text: rule.meta.practice });
    for (const [mid, m] of Object.entries(rule.meta.messages)) {
      out.push({ where: `${id}: messages.${mid}`, text: { en: m.en, ja: m.ja } });
      if (m.hint) out.push({ where: `${id}: messages.${mid}.hint`, text: m.hint });
    }
  }
  return out;
}

describe('message catalogs (issue 9: every message in English and Japanese)', () => {
  const all = entries();

  it('cover every catalog and every rule', () => {
    expect(all.length).toBeGreaterThan(Object.keys(CATALOG).length + RULES.length * 2);
  });

  it('every message has a non-empty English and Japanese text', () => {
    const bad = all.filter((e) => typeof e.text?.en !== 'string' || !e.text.en.trim() || typeof e.text?.ja !== 'string' || !e.text.ja.trim());
    expect(bad.map((e) => e.where)).toEqual([]);
  });

  it('English and Japanese use the same placeholders', () => {
    const bad = all
      .filter((e) => placeholders(e.text.en).join(',') !== placeholders(e.text.ja).join(','))
      .map((e) => `${e.where}: en {${placeholders(e.text.en).join(',')}} ja {${placeholders(e.text.ja).join(',')}}`);
    expect(bad).toEqual([]);
  });

  it('the Japanese text is Japanese, and the English text is not', () => {
    // a text that is the same in both languages, or has no words besides its placeholders, is
    // language-neutral (a title like `mplan diff {{base}} → {{head}}`, a prefix like `{{kind}} {{id}}: `,
    // a heading that is an acronym Japanese writes as English does, like `KPI`)
    const words = (t: string) => /\p{L}/u.test(t.replace(/\{\{[^}]*\}\}/g, '').replace(/\b[A-Z]{2,}\b/g, ''));
    const worded = all.filter((e) => e.text.en !== e.text.ja && words(e.text.ja));
    expect(worded.length).toBeGreaterThan(all.length * 0.9);
    expect(worded.filter((e) => !JAPANESE.test(e.text.ja)).map((e) => `${e.where}: ${e.text.ja}`)).toEqual([]);
    // (a rule's `practice` may name the Japanese source term in parentheses, as kpi-no-stage does)
    const english = all.filter((e) => !e.where.endsWith(': practice'));
    expect(english.filter((e) => JAPANESE.test(e.text.en)).map((e) => `${e.where}: ${e.text.en}`)).toEqual([]);
  });

  it('placeholder filters ({{name|filter}}) exist', () => {
    const bad: string[] = [];
    for (const e of all) {
      for (const lang of ['en', 'ja'] as const) {
        for (const m of e.text[lang].matchAll(FILTER_USE)) if (!FILTERS[m[1]!]) bad.push(`${e.where} (${lang}): |${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no placeholder is malformed (every {{name… is one the formatter fills; {{#if}} in template hints is literal)', () => {
    const bad: string[] = [];
    for (const e of all) {
      for (const lang of ['en', 'ja'] as const) {
        const t = e.text[lang];
        const opened = (t.match(/\{\{\s*[A-Za-z0-9_]/g) ?? []).length;
        if (opened !== placeholdersCount(t)) bad.push(`${e.where} (${lang}): ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no catalog silently redefines a message of another catalog', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const [name, c] of Object.entries(AREA_CATALOGS)) {
      for (const id of Object.keys(c)) {
        if (seen.has(id)) dup.push(`${id}: ${seen.get(id)} and ${name}`);
        seen.set(id, name);
      }
    }
    expect(dup).toEqual([]);
    expect(Object.keys(CATALOG).length).toBe(seen.size);
  });

  it('hints of core messages have a base message (`x.hint` → `x`) unless they are shared `hint-` texts', () => {
    const ids = Object.keys(CATALOG);
    const orphans = ids.filter((id) => id.endsWith('.hint') && !ids.includes(id.slice(0, -5)));
    expect(orphans).toEqual([]);
  });
});

function placeholdersCount(t: string): number {
  return [...t.matchAll(/\{\{\s*[A-Za-z0-9_]+\s*(?:\|\s*[a-z]+(?::[^{}]*?)?\s*)?\}\}/g)].length;
}
