// The render speed-ups must not change a byte: each fast path is checked
// against the straightforward version it replaced (or Handlebars' own helper).
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, createEnvironment, RUNTIME_OPTIONS, tidy } from '../../src/render/engine.js';
import { escapeMarkdown } from '../../src/render/helpers.js';

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
