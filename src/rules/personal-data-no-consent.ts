import { defineRule } from './types.js';
import { hasText, personalAutomation, personalDataTool } from './util.js';

/**
 * Personalisation needs a consent basis: an initiative that uses personal
 * data (explicitly, or because a tool it uses handles personal data or its
 * automation messages people by e-mail, SMS, LINE and the like, and it does
 * not say `uses_personal_data: false`) must state its `consent`.
 */
export default defineRule({
  meta: {
    id: 'personal-data-no-consent',
    severity: 'error',
    category: 'initiatives',
    description: {
      en: 'An initiative that uses personal data states its consent basis.',
      ja: '個人データを使う施策に、同意の根拠（consent）が記載されていること。',
    },
    practice: {
      en: 'Privacy protection: personalisation needs customers\' consent and transparency about how their data is used (プライバシー保護).',
      ja: 'プライバシーを保護します。パーソナライズには、顧客の同意と、データをどう使うかについての透明性が欠かせません。',
    },
    messages: {
      explicitNoConsent: {
        en: 'Initiative `{{id}}` uses personal data but states no consent basis.',
        ja: '施策 `{{id}}` は個人データを使いますが、同意の根拠（consent）が記載されていません。',
        hint: {
          en: 'Add `consent:` describing the legal basis and how customers give (and withdraw) their consent, e.g. an opt-in on the form.',
          ja: '`consent:` に、法的根拠と顧客が同意する（および撤回する）方法を記載してください（例: フォームでのオプトイン）。',
        },
      },
      toolNoConsent: {
        en: 'Initiative `{{id}}` uses tool `{{tool}}`, which handles personal data, but states no consent basis.',
        ja: '施策 `{{id}}` は個人データを扱うツール `{{tool}}` を使いますが、同意の根拠（consent）が記載されていません。',
        hint: {
          en: 'Add `consent:` describing how customers agree to the use of their data; if this initiative really uses no personal data, say `uses_personal_data: false`.',
          ja: '`consent:` に顧客がデータ利用に同意する方法を記載してください。この施策で個人データを実際に使わない場合は `uses_personal_data: false` と明記してください。',
        },
      },
      automationNoConsent: {
        en: 'Initiative `{{id}}` sends automated {{channel}} messages, which needs each recipient\'s address or ID (personal data), but states no consent basis.',
        ja: '施策 `{{id}}` は {{channel}} で自動配信を行うため、受信者のアドレスや ID（個人データ）を使いますが、同意の根拠（consent）が記載されていません。',
        hint: {
          en: 'Add `consent:` describing how recipients agreed to receive these messages (for example an opt-in when they registered) and how they can stop them.',
          ja: '`consent:` に、受信者がこの配信に同意した方法（例: 登録時のオプトイン）と配信を停止する方法を記載してください。',
        },
      },
      toolHandles: {
        en: 'tool `{{tool}}` handles personal data',
        ja: 'ツール `{{tool}}` は個人データを扱います',
      },
    },
  },
  check({ model, report }) {
    const getTool = (id: unknown) => model.getOf('Tool', id);
    for (const ini of model.ofKind('Initiative')) {
      const flag = ini.data.uses_personal_data;
      if (flag === false || hasText(ini.data.consent)) continue;
      if (flag === true) {
        report({ target: ini, messageId: 'explicitNoConsent', data: { id: ini.id }, path: ['uses_personal_data'] });
        continue;
      }
      const found = personalDataTool(ini.data.tools, getTool);
      if (!found) {
        const step = personalAutomation(ini.data.automation);
        if (step) {
          report({
            target: ini,
            messageId: 'automationNoConsent',
            data: { id: ini.id, channel: step.channel },
            path: ['automation', step.at, 'channel'],
          });
        }
        continue;
      }
      report({
        target: ini,
        messageId: 'toolNoConsent',
        data: { id: ini.id, tool: found.tool.id },
        path: found.path,
        related: [{ target: found.tool, path: ['handles_personal_data'], messageId: 'toolHandles', data: { tool: found.tool.id } }],
      });
    }
  },
});
