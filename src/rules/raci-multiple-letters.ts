import type { Path } from '../model/types.js';
import { defineRule } from './types.js';

const LETTERS = ['accountable', 'responsible', 'consulted', 'informed'] as const;

/** Where a role sits: `[letter]` for a single id, `[letter, i]` for a list item (`i` is -1 for a single id). */
function pathOf(letter: string, i: number): Path {
  return i < 0 ? [letter] : [letter, i];
}

/** A role met under a second letter: its letters in order, and where it was first and first under another letter. */
interface Multi {
  letters: string[];
  first: Path;
  second: Path;
}

/** One role holding two RACI letters on an initiative blurs who does the work and who answers for it. */
export default defineRule({
  meta: {
    id: 'raci-multiple-letters',
    severity: 'warn',
    category: 'initiatives',
    description: {
      en: 'On each initiative, a role holds only one of accountable / responsible / consulted / informed.',
      ja: '各施策で、1 つの役割が説明責任者・実行責任者・協議先・報告先のうち 1 つだけを担っていること。',
    },
    practice: {
      en: 'Clear roles: a RACI chart separates who answers for the result, who does the work, who is consulted and who is kept informed; one role in two columns hides a gap (責任者の明確化, チームを作る).',
      ja: '役割を明確にします。RACI は結果に責任を持つ人、実行する人、相談を受ける人、報告を受ける人を分けるものです。1 つの役割が 2 つの欄にいると、抜けている役割が見えなくなります。',
    },
    messages: {
      multipleLetters: {
        en: 'Role `{{role}}` is listed as {{letters}} on initiative `{{id}}`; each role should hold one RACI letter.',
        ja: '役割 `{{role}}` が施策 `{{id}}` で {{letters}} を兼ねています。RACI では 1 つの役割に 1 つの責任区分を割り当てます。',
        hint: {
          en: 'Keep `{{role}}` in the one column that describes its part best (accountable wins over responsible; responsible covers consulted and informed) and remove it from the others.',
          ja: '`{{role}}` は最も実態に合う 1 つの欄だけに残し、ほかの欄からは外してください（accountable は responsible より優先し、responsible であれば consulted・informed は不要です）。',
        },
      },
      firstListed: {
        en: 'also listed as {{letter}}',
        ja: '{{letter}} にも記載',
      },
    },
  },
  check({ model, report }) {
    // Per initiative: where each role is first listed ((list index + 1) * 4 + letter number), and the roles
    // listed under two letters or more. Most roles are listed once: no object, path or generator for those.
    const firstAt = new Map<string, number>();
    for (const ini of model.ofKind('Initiative')) {
      firstAt.clear();
      let multi: Map<string, Multi> | undefined;
      const note = (role: string, l: number, i: number): void => {
        const at = firstAt.get(role);
        if (at === undefined) {
          firstAt.set(role, (i + 1) * 4 + l);
          return;
        }
        const entry = multi?.get(role);
        if (!entry) {
          const firstLetter = at % 4;
          if (firstLetter === l) return;
          (multi ??= new Map()).set(role, {
            letters: [LETTERS[firstLetter]!, LETTERS[l]!],
            first: pathOf(LETTERS[firstLetter]!, Math.floor(at / 4) - 1),
            second: pathOf(LETTERS[l]!, i),
          });
        } else if (!entry.letters.includes(LETTERS[l]!)) entry.letters.push(LETTERS[l]!);
      };
      for (let l = 0; l < LETTERS.length; l++) {
        const value: unknown = ini.data[LETTERS[l]!];
        if (typeof value === 'string') note(value, l, -1);
        else if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const v: unknown = value[i];
            if (typeof v === 'string') note(v, l, i);
          }
        }
      }
      if (!multi) continue;
      // In the order the roles were first listed.
      for (const role of firstAt.keys()) {
        const entry = multi.get(role);
        if (!entry) continue;
        report({
          target: ini,
          messageId: 'multipleLetters',
          data: { id: ini.id, role, letters: entry.letters.join(' + ') },
          path: entry.second,
          related: [{ target: ini, path: entry.first, messageId: 'firstListed', data: { letter: entry.letters[0]! } }],
        });
      }
    }
  },
});
