import type { RelatedReport } from './types.js';
import { asDate, roadmapPhases } from './util.js';
import type { RoadmapPhase } from './util.js';
import { defineRule } from './types.js';

interface Dated {
  id: string;
  start: string;
  end: string;
}

/**
 * Answers "does one phase contain [s, e]?" in O(log phases): phases sorted
 * by start, with the latest end among each prefix. A phase contains the
 * interval when it starts on or before s and ends on or after e, so it is
 * enough to look at the phases starting by s and the latest end among them.
 */
function containment(phases: Dated[]): (s: string, e: string) => boolean {
  const sorted = [...phases].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const maxEnd: string[] = [];
  for (const p of sorted) maxEnd.push(maxEnd.length && maxEnd[maxEnd.length - 1]! > p.end ? maxEnd[maxEnd.length - 1]! : p.end);
  return (s, e) => {
    let lo = 0;
    let hi = sorted.length; // first phase starting after s
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= e;
  };
}

/** An initiative that fits no phase of the roadmap is work the roadmap does not schedule. */
export default defineRule({
  meta: {
    id: 'initiative-outside-roadmap',
    severity: 'info',
    category: 'roadmap',
    description: {
      en: 'Every dated initiative runs within a single roadmap phase (the phase that lists it, if one does).',
      ja: '期間のある施策が、ロードマップのいずれか 1 つのフェーズ（施策を挙げているフェーズがあればそのフェーズ）に収まっていること。',
    },
    practice: {
      en: 'Roadmaps from today to the goal, run with PDCA (ロードマップ, プロセスデザインのPDCA): each initiative belongs to one phase, so the phase\'s exit criteria can be checked when it ends.',
      ja: 'ロードマップは現在から目標までの道筋で、PDCA を回しながら進めます（ロードマップ、プロセスデザインのPDCA）。各施策を 1 つのフェーズに収めることで、フェーズの終わりに完了条件を確認できます。',
    },
    messages: {
      outside: {
        en: 'Initiative `{{id}}` runs from {{start}} to {{end}}, which does not fit within any single roadmap phase.',
        ja: '施策 `{{id}}` の期間（{{start}}〜{{end}}）が、ロードマップのどのフェーズにも収まっていません。',
        hint: {
          en: 'Move the initiative\'s `start` and `end` inside one phase (the one that lists it, if any), split it into one initiative per phase, or adjust the phases in `roadmap:` of mplan.yaml.',
          ja: '施策の `start` と `end` を 1 つのフェーズの中に収めるか（その施策を挙げているフェーズがあればそのフェーズ）、フェーズごとに施策を分けるか、mplan.yaml の `roadmap:` のフェーズを見直してください。',
        },
      },
      outsideListed: {
        en: 'Initiative `{{id}}` runs from {{start}} to {{end}}, outside phase `{{phase}}` ({{phaseStart}} to {{phaseEnd}}), which lists it.',
        ja: '施策 `{{id}}` の期間（{{start}}〜{{end}}）が、この施策を挙げているフェーズ `{{phase}}`（{{phaseStart}}〜{{phaseEnd}}）からはみ出しています。',
        hint: {
          en: 'Move the initiative\'s `start` and `end` inside {{phaseStart}} to {{phaseEnd}}, or list it under the phase it really belongs to in `roadmap:` of mplan.yaml.',
          ja: '施策の `start` と `end` を {{phaseStart}}〜{{phaseEnd}} の中に収めるか、mplan.yaml の `roadmap:` で実際に属するフェーズに挙げ直してください。',
        },
      },
      listedIn: {
        en: 'The initiative is listed in phase `{{phase}}` ({{phaseStart}} to {{phaseEnd}}).',
        ja: 'この施策はフェーズ `{{phase}}`（{{phaseStart}}〜{{phaseEnd}}）に挙げられています。',
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    if (!plan) return;
    const phases = roadmapPhases(plan);
    // A phase without two readable dates in order is reported there, once (the schema, or
    // roadmap-phase-reversed); until it is fixed nobody knows which initiatives it holds, so
    // none is said to be outside the roadmap.
    if (phases.some((p) => p.reversed || !p.start || !p.end)) return;
    const dated = phases.filter((p): p is typeof p & Dated => p.start !== undefined && p.end !== undefined && p.start <= p.end);
    if (dated.length === 0) return; // no roadmap, or none with dates to compare with
    const contains = containment(dated);
    const byIndex = new Map(phases.map((p) => [p.index, p]));
    for (const initiative of model.ofKind('Initiative')) {
      const start = asDate(initiative.data.start);
      const end = asDate(initiative.data.end);
      const s = start ?? end;
      const e = end ?? start;
      if (!s || !e || s > e) continue; // no dates, or reversed ones (initiative-dates reports those)
      // The phases that list the initiative under `initiatives:`.
      const listing: RoadmapPhase[] = [];
      for (const ref of model.referrers(initiative, 'Plan.roadmap[].initiatives[]')) {
        const phase = typeof ref.path[1] === 'number' ? byIndex.get(ref.path[1]) : undefined;
        if (phase && ref.source === plan && !listing.includes(phase)) listing.push(phase);
      }
      // Listed under phases with dates: it must fit one of those, not just any phase.
      const listingDated = listing.filter((p): p is RoadmapPhase & Dated => p.start !== undefined && p.end !== undefined && p.start <= p.end);
      const fits = listingDated.length ? (a: string, b: string) => listingDated.some((p) => p.start <= a && b <= p.end) : contains;
      if (fits(s, e)) continue;
      // Point at the end when the start is inside the phase and only the end overruns it.
      const field = start && end && fits(s, s) ? 'end' : start ? 'start' : 'end';
      const related: RelatedReport[] = listing.map((phase) => ({
        target: plan,
        path: ['roadmap', phase.index, 'id'],
        messageId: 'listedIn',
        data: { phase: phase.id, phaseStart: phase.start ?? '?', phaseEnd: phase.end ?? '?' },
      }));
      const first = listingDated[0];
      report({
        target: initiative,
        messageId: first ? 'outsideListed' : 'outside',
        path: [field],
        data: first ? { id: initiative.id, start: s, end: e, phase: first.id, phaseStart: first.start, phaseEnd: first.end } : { id: initiative.id, start: s, end: e },
        related: related.length ? related : undefined,
      });
    }
  },
});
