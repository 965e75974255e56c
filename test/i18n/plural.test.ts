// Counts in messages read right for one and for many: "1 error", "3 errors", never "error(s)".
import { describe, expect, it } from 'vitest';
import { CATALOG, text } from '../../src/i18n/index.js';

describe('counted words in messages', () => {
  it('en: singular for one, plural for many', () => {
    expect(text('render-refused', 'en', { count: 1 })).toBe('Nothing was rendered: this document is affected by 1 error in the plan (listed above).');
    expect(text('render-refused', 'en', { count: 3 })).toContain('affected by 3 errors in the plan');
    expect(text('render-check-ok', 'en', { count: 1 })).toBe('1 template checked: no problems found.');
    expect(text('render-check-problems', 'en', { count: 1, templates: 2 })).toBe('1 problem in 2 templates checked.');
    expect(text('schema-min-items', 'en', { field: 'stages', limit: '1' })).toBe('`stages` must list at least 1 item.');
    expect(text('schema-min-items', 'en', { field: 'stages', limit: '2' })).toBe('`stages` must list at least 2 items.');
    expect(text('plugins-not-run', 'en', { count: 1 })).toMatch(/^1 plugin in lint\.plugins did not run/);
    expect(text('plugins-not-run', 'en', { count: 2 })).toMatch(/^2 plugins in lint\.plugins did not run/);
  });

  it('ja: the count with its counter word', () => {
    expect(text('render-refused', 'ja', { count: 1 })).toContain('エラーが計画に 1 件');
    expect(text('plugins-not-run', 'ja', { count: 2 })).toContain('2 個のプラグイン');
  });

  it('no English message says "(s)"', () => {
    expect(Object.entries(CATALOG).filter(([, m]) => /\w\(s\)/.test(m.en)).map(([id]) => id)).toEqual([]);
  });
});
