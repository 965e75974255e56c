import type { Path } from '../model/types.js';
import { defineRule } from './types.js';

const LETTERS = ['accountable', 'responsible', 'consulted', 'informed'] as const;

/** The role ids a RACI field lists (a single id, or a list of them). */
function rolesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Where a RACI field lists the role: the field itself for a single id, else the role's first place in the list. */
function whereListed(value: unknown, letter: string, role: string): Path {
  return Array.isArray(value) ? [letter, value.indexOf(role)] : [letter];
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
    for (const ini of model.ofKind('Initiative')) {
      // Each role's letters, in the order the role is first listed.
      const lettersOf = new Map<string, string[]>();
      for (const letter of LETTERS) {
        for (const role of rolesIn(ini.data[letter])) {
          const letters = lettersOf.get(role);
          if (!letters) lettersOf.set(role, [letter]);
          else if (!letters.includes(letter)) letters.push(letter);
        }
      }
      for (const [role, letters] of lettersOf) {
        if (letters.length < 2) continue;
        const [first, second] = letters as [string, string];
        report({
          target: ini,
          messageId: 'multipleLetters',
          data: { id: ini.id, role, letters: letters.join(' + ') },
          path: whereListed(ini.data[second], second, role),
          related: [{ target: ini, path: whereListed(ini.data[first], first, role), messageId: 'firstListed', data: { letter: first } }],
        });
      }
    }
  },
});
