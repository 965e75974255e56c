import type { Stage } from '../model/types.js';
import { defineRule } from './types.js';
import { asString } from './util.js';

/** Phases that come after the purchase: the brand stays connected to the customer. */
const AFTER_PURCHASE = new Set(['onboarding', 'usage', 'retention', 'advocacy']);

/**
 * A journey that stops at the purchase is the old funnel: the relationship
 * (onboarding, usage, retention, advocacy) that brings repeat business and
 * referrals is not planned. Reported when no stage with an after-purchase
 * phase comes after the last `purchase` stage (or anywhere, when the journey
 * has no purchase stage).
 */
export default defineRule({
  meta: {
    id: 'journey-ends-at-purchase',
    severity: 'warn',
    category: 'journeys',
    description: {
      en: 'Every journey continues after the purchase (an onboarding, usage, retention or advocacy stage).',
      ja: 'すべてのジャーニーが購入後も続いていること（onboarding・usage・retention・advocacy のステージがあること）。',
    },
    practice: {
      en: 'From funnel to customer journey: brand and customer stay connected after the purchase, through onboarding, usage, retention and advocacy (カスタマージャーニー, つながり続ける).',
      ja: 'ファネルからカスタマージャーニーへ。購入はゴールではなく、オンボーディング・利用・継続・推奨を通じて、ブランドとお客さまはつながり続けます。',
    },
    messages: {
      endsAtPurchase: {
        en: 'Journey `{{id}}` ends at or before the purchase: no stage after it has phase `onboarding`, `usage`, `retention` or `advocacy`.',
        ja: 'ジャーニー `{{id}}` が購入（またはその前）で終わっています。その後に `onboarding`・`usage`・`retention`・`advocacy` のフェーズのステージがありません。',
        hint: {
          en: 'Add the stages after the purchase (how customers start using, keep using and recommend you) with their `phase:`, or set `phase:` on the stages you already have.',
          ja: '購入後のステージ（使い始める・使い続ける・人にすすめる）を `phase:` 付きで追加するか、既存のステージに `phase:` を指定してください。',
        },
      },
      noPhases: {
        en: 'Journey `{{id}}` gives none of its stages a `phase:`, so it cannot show that it goes on after the purchase.',
        ja: 'ジャーニー `{{id}}` のどのステージにも `phase:` がないため、購入後もつながっていることを確かめられません。',
        hint: {
          en: 'Set `phase:` on each stage (awareness, interest, consideration, purchase, onboarding, usage, retention, advocacy), and add the stages after the purchase if there are none.',
          ja: '各ステージに `phase:`（awareness、interest、consideration、purchase、onboarding、usage、retention、advocacy）を指定し、購入後のステージがなければ追加してください。',
        },
      },
      lastStage: {
        en: 'The journey ends here, at stage `{{stage}}`.',
        ja: 'ジャーニーはここ（ステージ `{{stage}}`）で終わっています。',
      },
    },
  },
  check({ model, report }) {
    // One pass over all stages (in journey order), grouped by journey.
    const byJourney = new Map<string, { lastPurchase: number; lastAfter: number; phased: boolean; last: Stage }>();
    for (const stage of model.stages) {
      const phase = asString(stage.data.phase);
      let s = byJourney.get(stage.journey.key);
      if (!s) byJourney.set(stage.journey.key, (s = { lastPurchase: -1, lastAfter: -1, phased: false, last: stage }));
      if (phase) s.phased = true;
      if (phase === 'purchase') s.lastPurchase = stage.index;
      if (phase && AFTER_PURCHASE.has(phase)) s.lastAfter = stage.index;
      if (stage.index >= s.last.index) s.last = stage;
    }
    for (const journey of model.ofKind('Journey')) {
      const s = byJourney.get(journey.key);
      if (!s) continue; // no stages: the schema reports that
      if (s.lastAfter > s.lastPurchase) continue;
      report({
        target: journey,
        messageId: s.phased ? 'endsAtPurchase' : 'noPhases',
        data: { id: journey.id },
        related: [{ target: s.last, messageId: 'lastStage', data: { stage: s.last.id } }],
      });
    }
  },
});
