import { roadmapPhases } from './util.js';
import { defineRule } from './types.js';

/** Overlapping phases blur what each phase must deliver and when its exit criteria are checked. */
export default defineRule({
  meta: {
    id: 'roadmap-phases-overlap',
    severity: 'warn',
    optIn: true,
    category: 'roadmap',
    description: {
      en: 'Roadmap phases do not overlap in time.',
      ja: 'ロードマップのフェーズが期間の上で重なっていないこと。',
    },
    practice: {
      en: 'Roadmaps from today to the goal, run with PDCA (ロードマップ, プロセスデザインのPDCA): phases follow one another, so each one ends with a review of its exit criteria before the next begins.',
      ja: 'ロードマップは現在から目標までの道筋で、PDCA を回しながら進めます（ロードマップ、プロセスデザインのPDCA）。フェーズを順番に並べ、次のフェーズに進む前に完了条件を振り返れるようにします。',
    },
    messages: {
      overlap: {
        en: 'Roadmap phase `{{phase}}` starts on {{start}}, before phase `{{other}}` ends on {{otherEnd}}.',
        ja: 'ロードマップのフェーズ `{{phase}}` が {{start}} に始まり、フェーズ `{{other}}` の終了日（{{otherEnd}}）と重なっています。',
        hint: {
          en: 'Start `{{phase}}` the day after `{{other}}` ends, or end `{{other}}` earlier; if the work really runs in parallel, merge the phases or move the work into initiatives.',
          ja: '`{{phase}}` を `{{other}}` の終了日の翌日以降に始めるか、`{{other}}` を早めに終えてください。作業が本当に並行するなら、フェーズをまとめるか、その作業を施策として扱ってください。',
        },
      },
      startsOnEndDay: {
        en: 'Roadmap phase `{{phase}}` starts on {{start}}, the day phase `{{other}}` ends: phase dates include their first and last day, so both phases claim {{start}}.',
        ja: 'ロードマップのフェーズ `{{phase}}` が、フェーズ `{{other}}` の終了日と同じ {{start}} に始まっています。フェーズの期間は開始日と終了日を含むため、{{start}} が両方のフェーズに入ります。',
        hint: {
          en: 'Start `{{phase}}` the day after `{{other}}` ends, or end `{{other}}` the day before.',
          ja: '`{{phase}}` を `{{other}}` の終了日の翌日に始めるか、`{{other}}` をその前日に終えてください。',
        },
      },
      otherEnds: {
        en: 'Phase `{{other}}` ends on {{otherEnd}} here.',
        ja: 'フェーズ `{{other}}` はここで {{otherEnd}} に終わります。',
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    if (!plan) return;
    const phases = roadmapPhases(plan)
      .filter((p): p is typeof p & { start: string; end: string } => p.start !== undefined && p.end !== undefined && p.start <= p.end)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
    // Sweep in start order, keeping the phase that ends last so far: a phase overlaps an earlier one exactly when it starts on or before that end (dates are inclusive).
    let latest: (typeof phases)[number] | undefined;
    for (const phase of phases) {
      if (latest && phase.start <= latest.end) {
        const data = { phase: phase.id, start: phase.start, other: latest.id, otherEnd: latest.end };
        report({
          target: plan,
          messageId: phase.start === latest.end ? 'startsOnEndDay' : 'overlap',
          path: ['roadmap', phase.index, 'start'],
          data,
          related: [{ target: plan, path: ['roadmap', latest.index, 'end'], messageId: 'otherEnds', data }],
        });
      }
      if (!latest || phase.end > latest.end) latest = phase;
    }
  },
});
