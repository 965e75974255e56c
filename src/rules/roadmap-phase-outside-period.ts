import { planPeriod, roadmapPhases } from './util.js';
import { defineRule } from './types.js';

/** A roadmap phase that starts before or ends after the plan period plans work nobody has budgeted for. */
export default defineRule({
  meta: {
    id: 'roadmap-phase-outside-period',
    severity: 'warn',
    category: 'roadmap',
    description: {
      en: 'Every roadmap phase lies within the plan period.',
      ja: 'ロードマップの各フェーズが計画の対象期間内に収まっていること。',
    },
    practice: {
      en: 'Roadmaps from today to the goal (ロードマップ): the phases divide the plan period, whose budget and goals they deliver; work outside the period belongs to another plan.',
      ja: 'ロードマップは現在から目標までの道筋です（ロードマップ）。各フェーズは計画の対象期間を区切るもので、その期間の予算と目標を実現します。期間外の作業は別の計画で扱います。',
    },
    messages: {
      startsBefore: {
        en: 'Roadmap phase `{{phase}}` starts on {{date}}, before the plan period starts ({{start}}).',
        ja: 'ロードマップのフェーズ `{{phase}}` の開始日 {{date}} が、計画の対象期間の開始日（{{start}}）より前です。',
        hint: {
          en: 'Move the phase `start` to {{start}} or later, or widen the plan `period` if the plan really starts earlier.',
          ja: 'フェーズの `start` を {{start}} 以降にするか、計画が実際にもっと早く始まるなら計画の `period` を広げてください。',
        },
      },
      endsAfter: {
        en: 'Roadmap phase `{{phase}}` ends on {{date}}, after the plan period ends ({{end}}).',
        ja: 'ロードマップのフェーズ `{{phase}}` の終了日 {{date}} が、計画の対象期間の終了日（{{end}}）より後です。',
        hint: {
          en: 'Move the phase `end` to {{end}} or earlier and leave later work to the next plan, or widen the plan `period`.',
          ja: 'フェーズの `end` を {{end}} 以前にして、それ以降の作業は次の計画に回すか、計画の `period` を広げてください。',
        },
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    const period = planPeriod(plan);
    if (!plan || !period) return;
    for (const phase of roadmapPhases(plan)) {
      if (phase.reversed) continue; // reported at the phase (roadmap-phase-reversed)
      const data = { phase: phase.id, start: period.start, end: period.end };
      if (phase.start && phase.start < period.start) {
        report({ target: plan, messageId: 'startsBefore', path: ['roadmap', phase.index, 'start'], data: { ...data, date: phase.start } });
      } else if (phase.end && phase.end > period.end) {
        report({ target: plan, messageId: 'endsAfter', path: ['roadmap', phase.index, 'end'], data: { ...data, date: phase.end } });
      }
    }
  },
});
