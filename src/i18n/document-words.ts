import type { Lang } from './types.js';

/**
 * The words of the documents mplan renders (src/render/), per locale: the plan's enum values
 * as the templates show them (`{{label "perspective" perspective}}`), and the pieces the
 * number, date and range helpers put around a value. The ja words follow
 * /work/shared/domain.md (目標, 課題, 説明責任者 …).
 */
export const LABELS: Record<string, Record<Lang, Record<string, string>>> = {
  perspective: {
    en: { financial: 'Financial', customer: 'Customer', process: 'Internal process', learning: 'Learning and growth', none: 'No perspective given' },
    ja: { financial: '財務の視点', customer: '顧客の視点', process: '業務プロセスの視点', learning: '学習と成長の視点', none: '視点の指定なし' },
  },
  horizon: {
    en: { short: 'short term', mid: 'mid term', long: 'long term' },
    ja: { short: '短期', mid: '中期', long: '長期' },
  },
  priority: {
    en: { high: 'High priority', medium: 'Medium priority', low: 'Low priority', none: 'Priority not set' },
    ja: { high: '優先度：高', medium: '優先度：中', low: '優先度：低', none: '優先度の指定なし' },
  },
  phase: {
    en: { awareness: 'Awareness', interest: 'Interest', consideration: 'Consideration', purchase: 'Purchase', onboarding: 'Onboarding', usage: 'Usage', retention: 'Retention', advocacy: 'Advocacy' },
    ja: { awareness: '認知', interest: '興味・関心', consideration: '比較・検討', purchase: '購入', onboarding: '利用開始', usage: '利用', retention: '継続', advocacy: '推奨' },
  },
  unit: {
    en: { percent: 'percent', count: 'count', currency: 'amount', ratio: 'ratio', duration: 'duration', score: 'score' },
    ja: { percent: '割合', count: '件数', currency: '金額', ratio: '比率', duration: '期間', score: 'スコア' },
  },
  category: {
    en: { education: 'Education', engagement: 'Engagement', advocacy: 'Advocacy', conversion: 'Conversion', financial: 'Financial', operational: 'Operational' },
    ja: { education: '教育', engagement: 'エンゲージメント', advocacy: '推奨', conversion: 'コンバージョン', financial: '財務', operational: '業務' },
  },
  direction: {
    en: { increase: 'increase', decrease: 'decrease', maintain: 'maintain' },
    ja: { increase: '増やす', decrease: '減らす', maintain: '維持する' },
  },
  cadence: {
    en: { daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly' },
    ja: { daily: '毎日', weekly: '毎週', monthly: '毎月', quarterly: '四半期ごと' },
  },
  level: {
    en: { executive: 'Executive', manager: 'Manager', practitioner: 'Practitioner' },
    ja: { executive: '経営層', manager: '管理職', practitioner: '担当者' },
  },
  partner_type: {
    en: {
      'media-agency': 'Media agency',
      'digital-agency': 'Digital agency',
      'creative-agency': 'Creative agency',
      platform: 'Platform',
      consultancy: 'Consultancy',
      vendor: 'Vendor',
      other: 'Other',
    },
    ja: {
      'media-agency': 'メディアエージェンシー',
      'digital-agency': 'デジタルエージェンシー',
      'creative-agency': 'クリエイティブエージェンシー',
      platform: 'プラットフォーム',
      consultancy: 'コンサルティング会社',
      vendor: 'ベンダー',
      other: 'その他',
    },
  },
  tool_category: {
    en: {
      'marketing-automation': 'Marketing automation',
      crm: 'CRM',
      analytics: 'Analytics',
      cms: 'CMS',
      cdp: 'CDP',
      ads: 'Advertising',
      social: 'Social media',
      scrm: 'Social CRM',
      email: 'E-mail',
      survey: 'Survey',
      bi: 'BI',
      'tag-manager': 'Tag manager',
      ecommerce: 'E-commerce',
      other: 'Other',
    },
    ja: {
      'marketing-automation': 'MA',
      crm: 'CRM',
      analytics: 'アクセス解析',
      cms: 'CMS',
      cdp: 'CDP',
      ads: '広告',
      social: 'ソーシャルメディア',
      scrm: 'ソーシャル CRM',
      email: 'メール配信',
      survey: 'アンケート',
      bi: 'BI',
      'tag-manager': 'タグ管理',
      ecommerce: 'EC',
      other: 'その他',
    },
  },
  license: {
    en: { subscription: 'Subscription', perpetual: 'Perpetual licence', 'open-source': 'Open source', free: 'Free' },
    ja: { subscription: 'サブスクリプション', perpetual: '買い切りライセンス', 'open-source': 'オープンソース', free: '無料' },
  },
  status: {
    en: { active: 'In use', planned: 'Planned', evaluating: 'Evaluating', retiring: 'Retiring' },
    ja: { active: '利用中', planned: '導入予定', evaluating: '検討中', retiring: '廃止予定' },
  },
  per: {
    en: { month: 'per month', year: 'per year' },
    ja: { month: '月額', year: '年額' },
  },
  flow: {
    en: { to: 'sends to', from: 'receives from', both: 'exchanges with' },
    ja: { to: '送信', from: '受信', both: '双方向' },
  },
  moscow: {
    en: { must: 'Must', should: 'Should', could: 'Could', wont: "Won't" },
    ja: { must: '必須', should: '推奨', could: '任意', wont: '対象外' },
  },
  timeline: {
    en: { issued: 'RFP issued', questions_due: 'Questions due', proposals_due: 'Proposals due', decision: 'Decision', start: 'Work starts' },
    ja: { issued: '提案依頼書の発行', questions_due: '質問の締切', proposals_due: '提案書の提出期限', decision: '選定結果の通知', start: '業務開始' },
  },
  severity: {
    en: { error: 'error', warn: 'warning', info: 'info' },
    ja: { error: 'エラー', warn: '警告', info: '情報' },
  },
  yesno: {
    en: { true: 'yes', false: 'no' },
    ja: { true: 'あり', false: 'なし' },
  },
  // Channels are free text; the usual codes people write (the schema's examples are
  // `email`, `sms`, `push`) are shown in the document's language. English keeps them as written.
  channel: {
    en: { email: 'email', 'e-mail': 'e-mail', mail: 'mail', sms: 'SMS', push: 'push', web: 'web', website: 'website', phone: 'phone', store: 'store', dm: 'DM', line: 'LINE' },
    ja: { email: 'メール', 'e-mail': 'メール', mail: 'メール', sms: 'SMS', push: 'プッシュ通知', web: 'Web', website: 'Web サイト', phone: '電話', store: '店舗', dm: 'DM', line: 'LINE' },
  },
  online: {
    en: { true: 'online', false: 'offline' },
    ja: { true: 'オンライン', false: 'オフライン' },
  },
};

export const LABEL_GROUPS = Object.keys(LABELS);

/** The word for an enum value; unknown values are shown as written, null as the group's `none` word or ''. */
export function label(group: string, value: unknown, lang: Lang): string {
  const words = LABELS[group]?.[lang];
  if (value === null || value === undefined) return words?.none ?? '';
  const v = String(value);
  return (words && Object.hasOwn(words, v) ? words[v] : undefined) ?? v;
}

/** Tax basis after a budget range: `(excluding tax)`, `（税抜）`. */
export const TAX_WORDS: Record<Lang, Record<string, string>> = {
  en: { excluded: 'excluding tax', included: 'including tax' },
  ja: { excluded: '税抜', included: '税込' },
};

/** A budget range with only one end: `up to $160,000`, `1,100万円以内`. */
export const RANGE_WORDS: Record<Lang, { upTo: string; from: string }> = {
  en: { upTo: 'up to {{amount}}', from: 'from {{amount}}' },
  ja: { upTo: '{{amount}}以内', from: '{{amount}}以上' },
};

/** Units of an automation offset (`-7d`), singular and plural. */
export const OFFSET_UNITS: Record<Lang, Record<string, [string, string]>> = {
  en: { m: ['minute', 'minutes'], h: ['hour', 'hours'], d: ['day', 'days'], w: ['week', 'weeks'] },
  ja: { m: ['分', '分'], h: ['時間', '時間'], d: ['日', '日'], w: ['週間', '週間'] },
};

/** Before and after, as an automation offset says it: `7 days before`, `7日前`. */
export const OFFSET_WORDS: Record<Lang, { before: string; after: string }> = {
  en: { before: 'before', after: 'after' },
  ja: { before: '前', after: '後' },
};

/** After a reference that points nowhere: `⚠ \`id\` (not found)`. */
export const MISSING_WORD: Record<Lang, string> = { en: 'not found', ja: '見つかりません' };

/** Between the items of a list written inline. */
export const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', ja: '、' };

/**
 * How Japanese documents write amounts and dates: yen in 万 and 億 (`1億5,000万円`), a
 * range with 〜, `2027年4月1日`.
 */
export const JA_NUMBERS = {
  oku: '億',
  man: '万',
  yen: '円',
  range: '〜',
  year: '年',
  month: '月',
  day: '日',
} as const;

/** Text in each script a document mixes (Latin, kana): the fonts to load before measuring a diagram's labels. */
export const FONT_SAMPLE = 'Aあ';
