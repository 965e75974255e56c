/**
 * Template helpers. Pure functions of their arguments and the locale.
 *
 * Escaping: `{{value}}` in a template escapes for Markdown (see engine.ts);
 * helpers that build Markdown or Mermaid themselves return a SafeString
 * whose user-text pieces they escaped.
 */
import { HandlebarsRuntime as Handlebars } from './runtime.js';
import type { Lang } from '../i18n/types.js';
import { JA_NUMBERS as JA, LIST_SEPARATOR, MISSING_WORD, OFFSET_UNITS, OFFSET_WORDS, RANGE_WORDS, TAX_WORDS, label } from '../i18n/document-words.js';

type Safe = InstanceType<typeof Handlebars.SafeString>;
const safe = (s: string): Safe => new Handlebars.SafeString(s);

// ---------------------------------------------------------------------------
// Markdown

/**
 * Text that escapeMarkdown must work on: a character it escapes or rewrites
 * (`\r`, `\n`, tab, the Markdown punctuation, `&`, `#`), or a line start it
 * defuses (`-`, `+`, `=`, a number followed by `.` or `)`). Text without any
 * of these and without surrounding blanks comes out unchanged.
 */
const NEEDS_ESCAPE = /[\r\n\t\\`*_{}[\]<>|~$&#]|^[-+=]|^\d+[.)]/;

/**
 * Escape user text for inline Markdown (GFM, as GitHub renders it): the text
 * stays one line (newlines become `<br>`, so a table row never breaks), `|`
 * never splits a table cell, `<script>` never becomes HTML, and `*`, `_`,
 * `` ` ``, `[`, `]`, `~`, `$` … never start formatting, links or math.
 */
export function escapeMarkdown(value: string): string {
  // Fast path (most text, and every empty RACI cell): nothing below would change it.
  if (value === '' || (!NEEDS_ESCAPE.test(value) && value.trim() === value)) return value;
  let t = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  t = t.replace(/[\\`*_{}[\]<>|~$]/g, (c) => `\\${c}`);
  t = t.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
  // `#` starts a heading at a line start, and closes one after a space.
  t = t.replace(/(^|\s)#/g, '$1\\#');
  t = t
    .split('\n')
    .map((line) => line.trim())
    .map((line) => line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n')
    .trim()
    .replace(/\n+/g, '<br>');
  return t;
}

/** What `{{value}}` prints: like Handlebars' own escapeExpression, but for Markdown. */
export function escapeExpression(value: unknown): string {
  if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML(): string }).toHTML();
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return escapeMarkdown(JSON.stringify(value));
  return escapeMarkdown(String(value));
}

// ---------------------------------------------------------------------------
// Mermaid

const MERMAID_KEYWORDS = /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr|journey|gantt|vert|milestone|after|until|crit|done|active)\b/i;

/** Text that mermaidText must work on: a blank other than a lone inner space, or a character it replaces. */
const MERMAID_TEXT_WORK = /[^\S ]| {2}|^ | $|[:;#%<>{}`]/;

/** What mermaidText writes as an entity code: the syntax of `journey` and `gantt` lines, `{}` and backticks (a fence). */
const MERMAID_TEXT_SYNTAX = /[:;#%<>{}`]/g;
const MERMAID_TEXT_SYNTAX_COMMA = /[:;#%<>{}`,]/g;

/**
 * Text for Mermaid `journey` and `gantt` lines (titles, sections, task
 * names): one line, with the characters those grammars treat as syntax
 * (`:` `;` `#` `%`, angle brackets, braces, backticks; `,` too with `comma`,
 * for actor lists) written as Mermaid entity codes (`#58;`), which Mermaid
 * turns back into the character after parsing, so the diagram shows the
 * name exactly; and a leading keyword defused.
 */
export function mermaidText(value: unknown, comma = false): string {
  const raw = String(value ?? '');
  // Fast path (most names): the replacements below would change nothing.
  if (!MERMAID_TEXT_WORK.test(raw) && !(comma && raw.includes(','))) {
    if (MERMAID_KEYWORDS.test(raw)) return `\u200b${raw}`;
    return raw === '' ? '-' : raw;
  }
  let t = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(comma ? MERMAID_TEXT_SYNTAX_COMMA : MERMAID_TEXT_SYNTAX, (c) => `#${c.charCodeAt(0)};`);
  if (MERMAID_KEYWORDS.test(t)) t = `\u200b${t}`;
  return t === '' ? '-' : t;
}

/**
 * Text inside a quoted Mermaid flowchart label (`t1["…"]`, `-->|"…"|`):
 * one line, with quotes, `#`, `<`, `>`, `&`, `|` and backticks written as
 * Mermaid entity codes so they show as themselves.
 */
export function mermaidLabel(value: unknown): string {
  const t = (Array.isArray(value) ? value.join(', ') : String(value ?? ''))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&|`;%]/g, (c) => `#${c.charCodeAt(0)};`);
  return t === '' ? ' ' : t;
}

// ---------------------------------------------------------------------------
// Numbers, money, dates

/** 1234567.891 → `1,234,567.89` (at most two decimals, no trailing zeros). */
export function formatNumber(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const dot = fixed.indexOf('.');
  let int = dot < 0 ? fixed : fixed.slice(0, dot);
  let end = fixed.length;
  if (dot >= 0) while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--; // trailing zeros
  const frac = dot < 0 ? '' : fixed.slice(dot + 1, end);
  if (int.length > 3) {
    if (/^\d+$/.test(int)) {
      // A comma before every third digit from the right.
      let head = int.length % 3 || 3;
      let out = int.slice(0, head);
      for (; head < int.length; head += 3) out += `,${int.slice(head, head + 3)}`;
      int = out;
    } else int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ','); // 1e+21 and above
  }
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

const SYMBOLS: Record<string, { symbol: string; decimals: number }> = {
  JPY: { symbol: '¥', decimals: 0 },
  USD: { symbol: '$', decimals: 2 },
};

/**
 * `¥1,200,000`, `$1,200,000`, `1,200,000 EUR`; in Japanese, yen the way
 * Japanese documents write them: `120万円`, `1億5,000万円` when the amount is
 * a round number of 万 (10,000), `1,234,567円` otherwise.
 */
export function formatMoney(amount: number, currency: string, lang: Lang = 'en'): string {
  if (lang === 'ja' && currency === 'JPY') return yenJa(amount);
  const s = SYMBOLS[currency];
  if (s) {
    const body = formatNumber(Math.abs(amount), s.decimals);
    return `${amount < 0 ? '-' : ''}${s.symbol}${body}`;
  }
  return `${formatNumber(amount)} ${currency}`;
}

/** Yen in 万 and 億 units, without the final 円 (`1,100万`, `1億5,000万`), or null when not a whole number of 万. */
function manUnits(amount: number): string | null {
  const a = Math.abs(amount);
  if (!Number.isInteger(a) || a === 0 || a % 10000 !== 0 || !Number.isSafeInteger(a)) return null;
  const oku = Math.floor(a / 1e8);
  const man = (a % 1e8) / 1e4;
  return `${amount < 0 ? '-' : ''}${oku ? `${formatNumber(oku)}${JA.oku}` : ''}${man ? `${formatNumber(man)}${JA.man}` : ''}`;
}

function yenJa(amount: number): string {
  return `${manUnits(amount) ?? formatNumber(amount, 0)}${JA.yen}`;
}

/**
 * A budget range as a sentence fragment, with its tax basis:
 * `$120,000 – $160,000 (excluding tax)`, `800万〜1,100万円（税抜）`,
 * `up to $160,000 (…)` / `1,100万円以内（税抜）`. Empty when neither end is given.
 */
export function formatRange(min: number | null, max: number | null, currency: string, tax: string | null, lang: Lang): string {
  const t = TAX_WORDS[lang][tax ?? 'excluded'] ?? tax ?? '';
  const basis = t ? (lang === 'ja' ? `（${t}）` : ` (${t})`) : '';
  const m = (n: number) => formatMoney(n, currency, lang);
  if (min !== null && max !== null) {
    if (lang === 'ja') {
      // 「800万〜1,100万円」: one 円 at the end when both ends are round 万 amounts.
      const a = currency === 'JPY' ? manUnits(min) : null;
      const b = currency === 'JPY' ? manUnits(max) : null;
      return `${a && b ? `${a}${JA.range}${b}${JA.yen}` : `${m(min)}${JA.range}${m(max)}`}${basis}`;
    }
    return `${m(min)} – ${m(max)}${basis}`;
  }
  if (max !== null) return `${RANGE_WORDS[lang].upTo.replace('{{amount}}', () => m(max))}${basis}`;
  if (min !== null) return `${RANGE_WORDS[lang].from.replace('{{amount}}', () => m(min))}${basis}`;
  return '';
}

/** An automation offset in words: `-7d` → `7 days before` / `7日前`, `+1h` → `1 hour after` / `1時間後`. Anything else as given. */
export function formatOffset(value: unknown, lang: Lang): string {
  const m = typeof value === 'string' ? /^([+-])(\d+)([mhdw])$/.exec(value) : null;
  if (!m) return value === null || value === undefined ? '' : String(value);
  const n = Number(m[2]);
  const [one, many] = OFFSET_UNITS[lang][m[3]!]!;
  const when = OFFSET_WORDS[lang][m[1] === '-' ? 'before' : 'after'];
  if (lang === 'ja') return `${n}${one}${when}`;
  return `${n} ${n === 1 ? one : many} ${when}`;
}

/** `2027-04-01` → `2027-04-01` (en) or `2027年4月1日` (ja). Anything else is shown as given. */
export function formatDate(value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  return lang === 'ja' ? `${m[1]}${JA.year}${Number(m[2])}${JA.month}${Number(m[3])}${JA.day}` : value;
}

/** A KPI value in its unit: `52%`, `¥1,200,000` (`120万円` in Japanese), `1,500`. */
export function formatMeasure(value: unknown, unit: unknown, currency: unknown, lang: Lang = 'en'): string {
  if (typeof value !== 'number') return '';
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'currency' && typeof currency === 'string') return formatMoney(value, currency, lang);
  return formatNumber(value);
}

// ---------------------------------------------------------------------------
// The helper table

interface RefLike {
  id?: string;
  key?: string;
  journey?: string | null;
  name: string | null;
  missing: boolean;
}
const isRef = (v: unknown): v is RefLike => v !== null && typeof v === 'object' && ('id' in v || 'key' in v) && 'missing' in v;


/** Hash arguments and the options object Handlebars passes last. */
type Options = { hash?: Record<string, unknown> };
/** Parameter `i` of a helper call (`a` ends with the options object), without copying the list (helpers run hundreds of thousands of times on a big plan). */
function param(a: unknown[], i: number): unknown {
  return i < a.length - 1 ? a[i] : undefined;
}
/** The hash arguments of a helper call. */
function hashOf(a: unknown[]): Record<string, unknown> {
  return (a[a.length - 1] as Options)?.hash ?? {};
}

/** A reference as Markdown: its name (`journey › stage` for a stage), or `⚠ id (not found)` when it points nowhere. */
export function refMarkdown(r: unknown, lang: Lang): string {
  if (r === null || r === undefined) return '';
  if (!isRef(r)) return escapeExpression(r);
  const id = r.key ?? r.id ?? '';
  if (r.missing) return `⚠ \`${id.replace(/`/g, "'")}\` (${MISSING_WORD[lang]})`;
  return escapeMarkdown(r.name ?? id);
}

/**
 * The helpers every template can use, for one locale. Names are part of the
 * template contract (docs/render.md); `--check` knows exactly these.
 */
export function makeHelpers(lang: Lang): Record<string, (...a: unknown[]) => unknown> {
  return {
    /** Escape for Markdown explicitly (what `{{x}}` already does). */
    md: (...a) => safe(escapeExpression(param(a, 0))),
    /** A reference's name (⚠ when it points nowhere). */
    ref: (...a) => safe(refMarkdown(param(a, 0), lang)),
    /** A list of references or texts joined with the locale's separator; `empty="—"` for an empty list. */
    join: (...a) => {
      const hash = hashOf(a);
      const first = param(a, 0);
      const list = Array.isArray(first) ? first : [];
      const sep = typeof hash.sep === 'string' ? hash.sep : LIST_SEPARATOR[lang];
      if (!list.length) return typeof hash.empty === 'string' ? hash.empty : '';
      return safe(list.map((x) => refMarkdown(x, lang)).join(sep));
    },
    /** A list of texts as lines inside one table cell (`<br>` between them). */
    lines: (...a) => {
      const list = param(a, 0);
      const items = Array.isArray(list) ? list : list === null || list === undefined ? [] : [list];
      return safe(items.length === 1 ? refMarkdown(items[0], lang) : items.map((x) => refMarkdown(x, lang)).join('<br>'));
    },
    fdate: (...a) => formatDate(param(a, 0), lang),
    num: (...a) => {
      const v = param(a, 0);
      return typeof v === 'number' ? formatNumber(v) : '';
    },
    /** `{{money budget}}` with a `{ amount, currency }`, or `{{money amount currency}}`. */
    money: (...a) => {
      const m = param(a, 0);
      const cur = param(a, 1);
      if (m && typeof m === 'object' && 'amount' in m) {
        const mm = m as { amount: number; currency: string };
        return formatMoney(mm.amount, mm.currency, lang);
      }
      return typeof m === 'number' && typeof cur === 'string' ? formatMoney(m, cur, lang) : '';
    },
    /** A budget range with its tax basis: `{{range rfp.budget}}` with `{ min, max, currency, tax }`. */
    range: (...a) => {
      const b = param(a, 0) as { min?: unknown; max?: unknown; currency?: unknown; tax?: unknown } | null | undefined;
      if (!b || typeof b !== 'object' || typeof b.currency !== 'string') return '';
      const n = (v: unknown) => (typeof v === 'number' ? v : null);
      return formatRange(n(b.min), n(b.max), b.currency, typeof b.tax === 'string' ? b.tax : null, lang);
    },
    /** An automation offset in words: `{{offset at}}` → `7 days before` / `7日前`. */
    offset: (...a) => formatOffset(param(a, 0), lang),
    /** A KPI value in its unit: `{{measure target.value unit currency}}`. */
    measure: (...a) => {
      return formatMeasure(param(a, 0), param(a, 1), param(a, 2), lang);
    },
    /** The locale's word for an enum value: `{{word "cadence" cadence}}`. */
    word: (...a) => {
      return label(String(param(a, 0)), param(a, 1), lang);
    },
    /** Text for Mermaid journey/gantt lines; `comma=true` for actor lists. */
    mmText: (...a) => {
      return safe(mermaidText(param(a, 0), hashOf(a).comma === true));
    },
    /** Text inside a quoted Mermaid flowchart label. */
    mmLabel: (...a) => safe(mermaidLabel(param(a, 0))),
    /** Equality, for `{{#if (eq priority "must")}}`. */
    eq: (...a) => {
      return param(a, 0) === param(a, 1);
    },
    /** The first argument that is neither null nor empty text. */
    or: (...a) => {
      for (let i = 0; i < a.length - 1; i++) {
        const x = a[i];
        if (x !== null && x !== undefined && x !== '') return x;
      }
      return null;
    },
    /** 0-based index → 1-based number. */
    inc: (...a) => {
      const v = param(a, 0);
      return typeof v === 'number' ? v + 1 : v;
    },
    /** True when a list has items (`{{#if (any a b)}}` for several lists). */
    any: (...a) => a.slice(0, -1).some((x) => (Array.isArray(x) ? x.length > 0 : Boolean(x))),
  };
}

export const HELPER_NAMES: readonly string[] = Object.keys(makeHelpers('en'));
