// The render speed-ups must not change a byte: each fast path is checked
// against the straightforward version it replaced (or Handlebars' own helper).
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, createEnvironment, renderTemplates, RUNTIME_OPTIONS, templateSet, tidy } from '../../src/render/engine.js';
import { escapeExpression, escapeMarkdown, formatNumber, makeHelpers, mermaidText } from '../../src/render/helpers.js';
import { DOCUMENT_FILES } from '../../src/app/render.js';
import { EXAMPLES } from '../helpers/examples.js';
import { everyDocument } from './helpers.js';

/** escapeMarkdown as it was before its fast path. */
function escapeMarkdownReference(value: string): string {
  let t = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  t = t.replace(/[\\`*_{}[\]<>|~$]/g, (c) => `\\${c}`);
  t = t.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
  t = t.replace(/(^|\s)#/g, '$1\\#');
  return t
    .split('\n')
    .map((line) => line.trim())
    .map((line) => line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n')
    .trim()
    .replace(/\n+/g, '<br>');
}

/** tidy as it was: line by line. */
function tidyReference(s: string): string {
  return `${s
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

// Text built from the characters that matter (Markdown punctuation, blanks of
// every kind, line ends, digits, letters, Japanese) so that the property tests
// hit every branch, not just plain words.
const PIECES = ['a', 'Z', '湊', ' ', '\t', '\n', '\r', '\r\n', '\u3000', '\u00a0', '\u2028', '1', '12', '.', ')', '-', '+', '=', '#', '&', '&amp;', '&#123;', ';', '|', '*', '_', '`', '[', ']', '<', '>', '~', '$', '\\', '{', '}', '%', ':', ''];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(''));

describe('escapeMarkdown fast path', () => {
  it('gives what the full escape gives, for any text', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary' })), (s) => {
      expect(escapeMarkdown(s)).toBe(escapeMarkdownReference(s));
    }), { numRuns: 3000 });
  });
  it('leaves plain text alone and still escapes what needs it', () => {
    expect(escapeMarkdown('')).toBe('');
    expect(escapeMarkdown('A/R')).toBe('A/R');
    expect(escapeMarkdown('2.5%')).toBe('2.5%');
    expect(escapeMarkdown(' padded ')).toBe('padded');
    expect(escapeMarkdown('1) first')).toBe('1\\) first');
    expect(escapeMarkdown('=x')).toBe('\\=x');
  });
});

describe('tidy', () => {
  it('gives what the line-by-line version gives', () => {
    const doc = fc.array(fc.constantFrom('x', '| a |', ' ', '  ', '\t', '\n', '\n\n\n', '\r', '\r\n', '\u00a0', 'ß'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(doc, fc.string()), (s) => {
      expect(tidy(s)).toBe(tidyReference(s));
    }), { numRuns: 3000 });
  });
});

describe('{{#each}} fast path for arrays', () => {
  /** Render with mplan's environment and with a plain Handlebars one (built-in each, same escaping). */
  function both(source: string, data: unknown): [string, string] {
    const ours = createEnvironment('en').compile(source, COMPILE_OPTIONS)(data, RUNTIME_OPTIONS);
    const plain = createEnvironment('en');
    plain.registerHelper('each', Handlebars.helpers.each!);
    return [ours, plain.compile(source, COMPILE_OPTIONS)(data, RUNTIME_OPTIONS)];
  }
  const cases: Array<[string, string, unknown]> = [
    ['data variables', '{{#each xs}}[{{@index}} {{@key}} {{@first}} {{@last}} {{this}}]{{/each}}', { xs: ['a', 'b', 'c'] }],
    ['else on empty list', '{{#each xs}}{{this}}{{else}}none{{/each}}', { xs: [] }],
    ['holes are skipped', '{{#each xs}}{{@index}}={{this}};{{else}}none{{/each}}', { xs: [1, , 3, ,] }], // eslint-disable-line no-sparse-arrays
    ['only holes: no else', '{{#each xs}}x{{else}}none{{/each}}', { xs: [, ,] }], // eslint-disable-line no-sparse-arrays
    ['nested, with ../ and @../index', '{{#each rows}}{{#each cells}}{{../name}}:{{@../index}}.{{@index}}={{this}}{{#if @last}};{{/if}}{{/each}}{{/each}}', { rows: [{ name: 'r1', cells: ['a', 'b'] }, { name: 'r2', cells: ['c'] }] }],
    ['@root and escaping', '{{#each xs}}{{@root.t}}{{this}}{{/each}}', { t: '|', xs: ['*', '<b>'] }],
    ['block params (built-in path)', '{{#each xs as |x i|}}{{i}}{{x}}{{#each ../ys}}{{x}}{{this}}{{/each}}{{/each}}', { xs: ['a', 'b'], ys: [1, 2] }],
    ['objects (built-in path)', '{{#each o}}{{@key}}={{this}}{{#if @last}}.{{/if}}{{/each}}', { o: { a: 1, b: 2 } }],
    ['inner each inside outer block params', '{{#each xs as |x|}}{{#each ../ys}}{{x}}{{this}},{{/each}}{{/each}}', { xs: ['a'], ys: ['p', 'q'] }],
  ];
  for (const [name, source, data] of cases) {
    it(name, () => {
      const [ours, plain] = both(source, data);
      expect(ours).toBe(plain);
    });
  }
  it('a missing field inside the loop is still a strict-mode error', () => {
    expect(() => createEnvironment('en').compile('{{#each xs}}{{nope}}{{/each}}', COMPILE_OPTIONS)({ xs: [{}] }, RUNTIME_OPTIONS)).toThrow(/"nope" not defined/);
  });
});

describe('the compiled code (direct helpers, block programs reused per data frame)', () => {
  /**
   * Handlebars as it is, with only `{{value}}` escaping for Markdown: stock
   * code generation (every helper through the runtime's wrapper, a new
   * program closure per block call), stock `#each`.
   */
  function reference(locale: 'en' | 'ja'): typeof Handlebars {
    const hb = Handlebars.create();
    type Compiler = { pushSource(s: unknown): void; appendToBuffer(p: unknown[]): unknown; aliasable(n: string): unknown; popStack(): unknown };
    const Base = (hb as unknown as { JavaScriptCompiler: new () => Compiler }).JavaScriptCompiler;
    class Reference extends Base {
      appendEscaped(this: Compiler) {
        this.pushSource(this.appendToBuffer([this.aliasable('helpers.__markdown.escape'), '(', this.popStack(), ')']));
      }
    }
    (Reference.prototype as unknown as { compiler: unknown }).compiler = Reference;
    (hb as unknown as { JavaScriptCompiler: unknown }).JavaScriptCompiler = Reference;
    for (const [name, fn] of Object.entries(makeHelpers(locale))) hb.registerHelper(name, fn);
    hb.registerHelper('__markdown', { escape: escapeExpression } as unknown as Handlebars.HelperDelegate);
    return hb;
  }
  function both(source: string, data: unknown): [string, string] {
    return [createEnvironment('en').compile(source, COMPILE_OPTIONS)(data, RUNTIME_OPTIONS), reference('en').compile(source, COMPILE_OPTIONS)(data, RUNTIME_OPTIONS)];
  }
  const cases: Array<[string, string, unknown]> = [
    ['if/else/unless inside a loop, on data variables', '{{#each xs}}{{#if @first}}<{{/if}}{{this}}{{#unless @last}},{{else}}>{{/unless}}{{/each}}', { xs: ['a', 'b', 'c'] }],
    ['nested loops: inner blocks see their own frame', '{{#each rows}}{{#each cells}}{{#if @last}}{{@index}}{{else}}-{{/if}}{{/each}}|{{#if @last}}end{{/if}}{{/each}}', { rows: [{ cells: [1, 2, 3] }, { cells: [] }, { cells: ['x'] }] }],
    ['with, else branches and falsy values', '{{#each xs}}{{#with this}}[{{#if v}}{{v}}{{else}}no{{/if}}]{{/with}}{{/each}}', { xs: [{ v: 0 }, { v: '' }, { v: 'ok' }, { v: null }] }],
    ['helpers with hash, subexpressions and escaping', '{{#each xs}}{{join refs sep="; " empty="—"}} {{lines texts}} {{md t}} {{#if (eq n 2)}}two{{/if}} {{num n}} {{or t "—"}}\n{{/each}}', { xs: [{ refs: [{ id: 'a', name: 'A|b', missing: false }, { id: 'z', name: null, missing: true }], texts: ['x*', 'y'], t: '<b>', n: 2 }, { refs: [], texts: [], t: '', n: 1234.5 }] }],
    ['parent depths (stock programs)', '{{#each xs}}{{#if this}}{{../name}}{{this}}{{/if}}{{/each}}', { name: 'n', xs: ['a', '', 'b'] }],
    ['block params (stock programs)', '{{#each xs as |x i|}}{{#if x}}{{i}}{{x}}{{/if}}{{/each}}', { xs: ['a', '', 'b'] }],
    ['inline partials (decorators, stock programs)', '{{#*inline "p"}}({{this}}){{/inline}}{{#each xs}}{{#if this}}{{> p}}{{/if}}{{/each}}', { xs: ['a', 0, 'b'] }],
    ['if/unless on every kind of value', '{{#each xs}}[{{#if this}}T{{else}}F{{/if}}{{#unless this}}u{{/unless}}{{#unless this}}U{{else}}N{{/unless}}{{#if this}}t{{/if}}]{{/each}}', { xs: [0, 1, '', 'a', [], [0], {}, null, false, true, -0, NaN] }],
    ['else if chains and subexpressions', '{{#each xs}}{{#if (eq this 1)}}one{{else if (eq this 2)}}two{{else if this}}many{{else}}none{{/if}};{{/each}}', { xs: [1, 2, 3, 0] }],
    ['includeZero (the built-in helper)', '{{#each xs}}{{#if this includeZero=true}}Z{{else}}n{{/if}}{{/each}}', { xs: [0, null, 1] }],
    ['if on a field of the context, inside with', '{{#with a}}{{#if b}}{{b}}{{else}}-{{/if}}{{/with}}{{#if a.c}}c{{/if}}', { a: { b: 'x', c: [] } }],
    ['every helper of mplan, with and without a hash, nested', '{{#each xs}}{{md t}}|{{ref r}}|{{join rs}}|{{join rs sep=" / " empty="none"}}|{{join none empty="—"}}|{{lines ts}}|{{fdate d}}|{{num n}}|{{money m}}|{{money n "EUR"}}|{{measure n "percent" null}}|{{word "cadence" c}}|{{mmText t comma=true}}|{{mmLabel t}}|{{#if (eq n 2)}}2{{/if}}|{{or none2 t}}|{{inc @index}}|{{#if (any ts rs)}}any{{/if}}\n{{/each}}', { xs: [{ t: 'a: b, <c>', r: { id: 'r', name: 'R*', missing: false }, rs: [{ id: 'x', name: null, missing: true }], none: [], none2: '', ts: ['l1', 'l|2'], d: '2027-04-01', n: 2, m: { amount: 1234.5, currency: 'JPY' }, c: 'monthly' }, { t: '', r: null, rs: [], none: [], none2: null, ts: [], d: null, n: 1e7, m: null, c: null }] }],
    ['a helper of mplan used as a block', '{{#lines ts}}ignored{{else}}also{{/lines}}{{#md t}}x{{/md}}', { ts: ['a', 'b'], t: '*' }],
    ['objects looped by the built-in each', '{{#each o}}{{#if @first}}^{{/if}}{{@key}}={{this}}{{#unless @last}},{{/unless}}{{/each}}', { o: { a: 1, b: 2, c: 3 } }],
  ];
  for (const [name, source, data] of cases) {
    it(name, () => {
      const [ours, plain] = both(source, data);
      expect(ours).toBe(plain);
    });
  }
  const failing: Array<[string, string, unknown]> = [
    ['a missing field', 'x\n  {{nope}}', {}],
    ['a missing field of a field', '{{#each xs}}\n{{a.nope}}{{/each}}', { xs: [{ a: {} }] }],
    ['a field of null', '{{a.b}}', { a: null }],
    ['a field of a text', '{{a.length}} {{a.b}}', { a: 'text' }],
    ['a field of a number', '{{a.b}}', { a: 3 }],
  ];
  for (const [name, source, data] of failing) {
    it(`fails exactly as stock Handlebars does: ${name}`, () => {
      const error = (hb: typeof Handlebars) => {
        try {
          hb.compile(source, COMPILE_OPTIONS)(data, RUNTIME_OPTIONS);
        } catch (err) {
          const e = err as Error & { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
          return { name: e.name, message: e.message, at: [e.lineNumber, e.column, e.endLineNumber, e.endColumn] };
        }
        return undefined;
      };
      const ours = error(createEnvironment('en'));
      expect(ours).toBeDefined();
      expect(ours).toEqual(error(reference('en')));
    });
  }
  it('a field missing in a reused block is still located', () => {
    const run = () => createEnvironment('en').compile('{{#each xs}}{{#if ok}}{{nope}}{{/if}}{{/each}}', COMPILE_OPTIONS)({ xs: [{ ok: false }, { ok: true }] }, RUNTIME_OPTIONS);
    expect(run).toThrow(/"nope" not defined/);
  });
  for (const [name, dir] of Object.entries(EXAMPLES)) {
    it(`every document of ${name} renders as stock Handlebars renders it`, async () => {
      for (const { locale, doc, data } of await everyDocument(dir)) {
        const set = templateSet(DOCUMENT_FILES[doc], locale);
        const hb = reference(locale);
        for (const p of set.partials.values()) hb.registerPartial(p.name, hb.compile(p.source, COMPILE_OPTIONS));
        const plain = tidy(hb.compile(set.main.source, COMPILE_OPTIONS)(data, RUNTIME_OPTIONS));
        expect(plain.length).toBeGreaterThan(200);
        expect(renderTemplates(set, data, locale) === plain).toBe(true);
      }
    });
  }
});

describe('number and Mermaid text fast paths', () => {
  /** formatNumber as it was: split, and regexes for the zeros and the commas. */
  function formatNumberReference(n: number, decimals = 2): string {
    if (!Number.isFinite(n)) return String(n);
    const neg = n < 0;
    const fixed = Math.abs(n).toFixed(decimals);
    let [int, frac = ''] = fixed.split('.');
    frac = frac.replace(/0+$/, '');
    int = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }
  /** mermaidText without its fast path: every replacement on every text. */
  function mermaidTextReference(value: unknown, comma = false): string {
    let t = String(value ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[:;#%<>{}`]/g, (c) => `#${c.charCodeAt(0)};`);
    if (comma) t = t.replace(/,/g, '#44;');
    if (/^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr|journey|gantt|vert|milestone|after|until|crit|done|active)\b/i.test(t)) t = `\u200b${t}`;
    return t === '' ? '-' : t;
  }
  it('formatNumber gives what the regex version gives, for any number', () => {
    const special = fc.constantFrom(0, -0, 0.005, 0.004999, 0.995, 999.995, 1000, 999999.999, 1e21, -1e21, 1.5e300, Number.MAX_SAFE_INTEGER, 123456789.1, -1234.5, NaN, Infinity, -Infinity);
    fc.assert(fc.property(fc.oneof(special, fc.double(), fc.integer(), fc.double({ min: -1e9, max: 1e9 })), fc.integer({ min: 0, max: 4 }), (n, d) => {
      expect(formatNumber(n, d)).toBe(formatNumberReference(n, d));
    }), { numRuns: 5000 });
  });
  it('mermaidText gives what the full version gives, for any text', () => {
    const pieces = fc.array(fc.constantFrom('a', 'Z', '湊', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', '\ufeff', ':', ';', '#', '%', '<', '>', '{', '}', '`', ',', 'title', 'section ', 'Gantt', 'crit', 'x', '1'), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(pieces, fc.string(), fc.constantFrom(null, undefined, 0, 12.5)), fc.boolean(), (v, comma) => {
      expect(mermaidText(v, comma)).toBe(mermaidTextReference(v, comma));
    }), { numRuns: 5000 });
  });
});
