#!/usr/bin/env node
// Benchmark plan generator: writes a realistic mplan plan of N files,
// deterministically from a seed (same seed + size → byte-identical files).
//
//   node test/bench/generate.mjs --files 1000 [--seed 42] [--out /tmp/plan] [--gaps 0.03]
//                                [--shared-capabilities 0.05]
//
// The plan is a global brand: one mplan.yaml, the executives and the shared
// martech stack, then one "cluster" of 50 files per region × product line
// (goals, challenges, personas, journeys with stages, KPIs, initiatives,
// roles, tools and an RFP), every kind present, every cross-reference
// resolving. Half the clusters are written in Japanese, half in English,
// with comments. A few percent of documents carry a planted gap (a missing
// owner, a KPI without target, a dangling reference, a typo'd key…) so
// validate and the lint rules have real work to do.
//
// --shared-capabilities F: each regional tool's capabilities are shared with
// the same kind of tool in other regions, so that every capability is listed
// by a fraction F of all the tools (spelt three ways: `email-nurturing-g1`,
// `Email nurturing g1`, full-width), which is the worst case for a rule that
// compares tools with each other.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, deterministic PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

const REGIONS = ['kanto', 'kansai', 'chubu', 'kyushu', 'hokkaido', 'tohoku', 'emea', 'dach', 'nordics', 'uk', 'us-east', 'us-west', 'latam', 'anz', 'asean', 'korea', 'taiwan', 'india', 'mena', 'canada'];
const LINES = ['coffee', 'tea', 'servo', 'skincare', 'apparel', 'outdoor', 'snacks', 'audio', 'bikes', 'furniture'];
const REGION_JA = { kanto: '関東', kansai: '関西', chubu: '中部', kyushu: '九州', hokkaido: '北海道', tohoku: '東北' };
const LINE_JA = { coffee: 'コーヒー', tea: 'お茶', servo: 'サーボ', skincare: 'スキンケア', apparel: 'アパレル', outdoor: 'アウトドア', snacks: 'スナック', audio: 'オーディオ', bikes: '自転車', furniture: '家具' };

const PHASES = [
  { id: 'phase-foundation', name: 'Foundation — connect the systems', start: '2027-04-01', end: '2027-06-30' },
  { id: 'phase-campaign', name: 'Campaign — the main season', start: '2027-07-01', end: '2027-12-31' },
  { id: 'phase-scale', name: 'Scale — advocacy and a repeatable playbook', start: '2028-01-01', end: '2028-03-31' },
];

const EN = {
  goal: [
    ['Customers feel looked after after the first purchase', 'First-time buyers feel looked after and choose us again within three months.'],
    ['Turn events into qualified pipeline', 'Visitors who ask for a follow-up get a relevant answer quickly and move on to a concrete project with us.'],
    ['One connected customer record', 'Every customer experiences one continuous conversation: what they told us once is known everywhere.'],
  ],
  perspective: ['customer', 'financial', 'process', 'learning'],
  challenge: [
    ['Leads go cold after the event', 'Leads are collected in spreadsheets and uploaded a week later; a third are never contacted.', 'Interest fades before anyone calls.'],
    ['Systems do not talk to each other', 'The MA tool and the CRM are synchronised by a monthly CSV export.', 'Sales calls without context and customers repeat themselves.'],
    ['New products are discovered too late', 'Pre-launch communication is one press release and a banner.', 'Customers arrive without a plan to look at the new range.'],
    ['No relationship after the sale', 'We talk to customers at purchase and again at renewal only.', 'Satisfied customers are never asked to share their story.'],
  ],
  stage: [
    ['discover', 'Discover the brand', 'awareness', 'Find out which brands are worth a look this season'],
    ['explore', 'Explore the range online', 'interest', 'Understand what is new and how it fits my needs'],
    ['compare', 'Compare and decide', 'consideration', 'Be sure this is the right choice before paying'],
    ['buy', 'Buy', 'purchase', 'Pay quickly with no surprises in delivery'],
    ['onboard', 'Get started', 'onboarding', 'Get value from the product in the first week'],
    ['recommend', 'Recommend to friends', 'advocacy', 'Share a good experience with people I trust'],
  ],
  kpi: ['Monthly reach', 'Microsite sessions', 'Demo bookings', 'Conversion rate', 'First-week activation', 'Referral rate', 'Repeat purchase rate', 'Reminder click rate', 'Lead response time', 'NPS', 'Content downloads', 'Cart completion', 'Onboarding satisfaction', 'Community posts'],
  initiative: ['Launch microsite', 'Pre-season promotion', 'Reminder automation', 'Booth lead capture', 'Follow-up calls within 24 hours', 'Onboarding e-mail series', 'Referral programme', 'Customer stories', 'Loyalty points', 'Webinar series', 'Retargeting ads', 'Review requests'],
  persona: ['Kenji, production engineering manager', 'Emma, busy professional who loves good coffee'],
  thoughts: 'Is there anything new for my project this year?',
  pain: 'Announcements all look the same and say little.',
  opp: "Lead with the customer's problem, not the product.",
  comment: '# Every stage needs a touchpoint, an owner and at least one KPI.',
  para: [
    'Customers told us in interviews that they want fewer, more relevant messages.',
    'The regional team reviews the numbers every Monday and adjusts the plan each month.',
    'What we learn here is written into the playbook so other regions can reuse it.',
    'Sales and marketing agree on the definition before the season starts.',
    'We measure the effect against last year, adjusted for the size of the segment.',
    'The agency builds the first version; our own team runs it from the second quarter.',
    'Consent and data quality are checked before any list is used for a campaign.',
    'Events, the web and LINE must feel like one conversation to the customer.',
  ],
};
const JA = {
  goal: [
    ['初回購入後も大切にされていると感じてもらう', '初めて購入したお客様が、3 か月以内にまた選びたいと感じる体験をつくります。'],
    ['イベントを商談につなげる', 'ブースで相談したお客様に、すぐに適切な回答が届き、具体的な検討に進めるようにします。'],
    ['顧客情報をひとつにつなぐ', 'お客様が一度伝えたことを、どの担当者も知っている一貫した対応を実現します。'],
  ],
  perspective: ['customer', 'financial', 'process', 'learning'],
  challenge: [
    ['イベント後にリードが冷めてしまう', '名刺やバッジ情報は表計算で集め、1 週間後に登録しているため、3 分の 1 は連絡できていません。', '連絡が届く前に関心が薄れてしまいます。'],
    ['システム同士がつながっていない', 'MA と CRM は月 1 回の CSV 出力で同期しています。', '営業は経緯を知らずに電話し、お客様は同じ説明を繰り返しています。'],
    ['新商品を知るのが遅すぎる', '発売前の告知はプレスリリースとバナーだけです。', 'お客様は新商品を見る予定を立てずに来店します。'],
    ['購入後の関係が続かない', 'お客様と話すのは購入時と更新時だけです。', '満足しているお客様に体験談をお願いできていません。'],
  ],
  stage: [
    ['discover', 'ブランドを知る', 'awareness', '今シーズン見る価値のあるブランドを知りたい'],
    ['explore', 'オンラインで商品を調べる', 'interest', '新しい商品が自分に合うか理解したい'],
    ['compare', '比較して決める', 'consideration', '支払う前に正しい選択だと確信したい'],
    ['buy', '購入する', 'purchase', '配送で驚くことなく、すぐに支払いを済ませたい'],
    ['onboard', '使い始める', 'onboarding', '最初の 1 週間で価値を実感したい'],
    ['recommend', '友人に勧める', 'advocacy', '良い体験を信頼できる人に伝えたい'],
  ],
  kpi: ['月間リーチ', 'マイクロサイト訪問数', 'デモ予約数', 'コンバージョン率', '初週アクティベーション率', '紹介率', 'リピート購入率', 'リマインド配信のクリック率', 'リード対応時間', 'NPS', '資料ダウンロード数', 'カート完了率', 'オンボーディング満足度', 'コミュニティ投稿数'],
  initiative: ['特設サイト公開', 'シーズン前プロモーション', 'リマインド配信の自動化', 'ブースでのリード獲得', '24 時間以内のフォロー電話', 'オンボーディングメール', '紹介プログラム', '導入事例', 'ポイントプログラム', 'ウェビナー', 'リターゲティング広告', 'レビュー依頼'],
  persona: ['健二（生産技術課長）', '恵美（コーヒー好きの会社員）'],
  thoughts: '今年の計画に役立つ新しいものはあるだろうか？',
  pain: 'どの告知も同じに見えて、内容が分からない。',
  opp: '商品ではなく、お客様の課題から伝える。',
  comment: '# 各ステージには顧客接点、説明責任者、KPI が 1 つ以上必要です。',
  para: [
    'インタビューでは、お客様は「少なく、自分に関係のある連絡」を望んでいました。',
    '地域チームは毎週月曜日に数値を確認し、毎月計画を見直します。',
    'ここで得た学びはプレイブックにまとめ、他の地域でも再利用できるようにします。',
    'シーズン開始前に、営業とマーケティングで定義を合意します。',
    '効果は前年と比較し、セグメントの規模の違いを補正して測定します。',
    '初版はエージェンシーが構築し、第 2 四半期からは自社チームで運用します。',
    'キャンペーンでリストを使う前に、同意の有無とデータ品質を確認します。',
    'イベント、Web、LINE がお客様にとってひとつの会話に感じられるようにします。',
  ],
};

/** YAML-safe plain scalar or a quoted one. */
function s(v) {
  if (/^[\p{L}\p{N}][\p{L}\p{N} ,.()（）、。・ー〜\-/'?？]*$/u.test(v) && !/[:#]/.test(v) && !/^(true|false|null|yes|no|on|off|\d[\d.]*)$/i.test(v)) return v;
  return JSON.stringify(v);
}
const list = (ids) => `[${ids.join(', ')}]`;

/** A folded block scalar (`>-`) of n sentences, indented by `indent` spaces. */
function para(r, T, n, indent = 2) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(T.para));
  return `>-\n${' '.repeat(indent)}${out.join(T === JA ? '' : ' ')}`;
}

/**
 * Write a plan of `files` files under `out` (emptied first). Returns
 * { files, bytes, docs, gaps, tools } — the planted gaps by kind, and the number of tools.
 */
export function generatePlan({ files, seed = 42, out, gaps = 0.03, sharedCapabilities = 0 }) {
  if (!Number.isInteger(files) || files < 10) throw new Error('--files must be an integer ≥ 10');
  if (!(sharedCapabilities >= 0 && sharedCapabilities <= 1)) throw new Error('--shared-capabilities must be a fraction between 0 and 1');
  const r = rng(seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = new Map();
  const planted = {};
  let docs = 0;
  const write = (rel, text) => {
    written.set(rel, text);
  };
  const gap = (kind) => {
    if (!r.chance(gaps)) return false;
    planted[kind] = (planted[kind] ?? 0) + 1;
    return true;
  };

  const PER_CLUSTER = 50;
  const GLOBAL = 3;
  const clusters = Math.max(1, Math.round((files - GLOBAL) / PER_CLUSTER));
  // The sizes rarely divide evenly: spread the difference over the clusters' KPI files.
  const extra = files - GLOBAL - clusters * PER_CLUSTER;
  const kpisIn = (c) => 14 + Math.floor(extra / clusters) + (c < ((extra % clusters) + clusters) % clusters ? 1 : 0);
  const slugs = [];
  for (let c = 0; c < clusters; c++) {
    const region = REGIONS[c % REGIONS.length];
    const line = LINES[Math.floor(c / REGIONS.length) % LINES.length];
    const round = Math.floor(c / (REGIONS.length * LINES.length));
    slugs.push(`${region}-${line}${round ? `-${round + 1}` : ''}`);
  }
  const initiativesByPhase = PHASES.map(() => []);
  // Shared capabilities: clusters in groups, each holding F of all the tools (5 per cluster, 3 shared).
  const toolCount = clusters * 5 + 3;
  const perGroup = Math.max(2, Math.round(sharedCapabilities * toolCount));
  const capability = (x, c, sl) => {
    if (!sharedCapabilities) return `${x}-${sl}`;
    const name = `${x}-g${Math.floor(c / perGroup) + 1}`;
    if (c % 3 === 1) return name[0].toUpperCase() + name.slice(1).replace(/-/g, ' ');
    if (c % 3 === 2) return [...name.toUpperCase().replace(/-/g, '_')].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    return name;
  };

  // ── the clusters ──────────────────────────────────────────────────
  slugs.forEach((sl, c) => {
    const ja = c % 2 === 0;
    const T = ja ? JA : EN;
    const region = sl.split('-')[0];
    const lineKey = LINES.find((l) => sl.includes(l));
    const label = ja ? `${REGION_JA[region] ?? region.toUpperCase()}・${LINE_JA[lineKey]}` : `${region.toUpperCase()} ${lineKey}`;
    const dir = `regions/${sl}`;
    const role = (k) => `${sl}-${k}`;
    const roles = ['marketing-lead', 'digital-manager', 'event-manager', 'crm-manager', 'content-lead', 'sales-manager', 'agency'];
    const tool = (k) => `${sl}-${k}`;

    // roles (7 files)
    roles.forEach((k, i) => {
      const partner = k === 'agency';
      let y = `kind: Role\nid: ${role(k)}\nname: ${s(ja ? `${label} ${['マーケティング責任者', 'デジタル担当マネージャー', 'イベント担当マネージャー', 'CRM 担当マネージャー', 'コンテンツ担当', '営業マネージャー', 'デジタルエージェンシー'][i]}` : `${label} ${k.replace(/-/g, ' ')}`)}\n`;
      y += `type: ${partner ? 'partner' : 'internal'}\n`;
      if (partner) y += 'partner_type: digital-agency\norganization: Example Digital Inc.\n';
      else y += `level: ${i === 0 ? 'manager' : 'practitioner'}\norganization: ${ja ? 'マーケティング部' : 'Marketing'}\nperson: ${ja ? '山田 花子' : 'Alex Morgan'}\nreports_to: ${i === 0 ? 'cmo' : role('marketing-lead')}\n`;
      y += `# ${ja ? '役割: 担当範囲と説明責任を明確にします。' : 'Role: who does what, and who is accountable.'}\n`;
      if (!gap('role-no-responsibility')) {
        y += `responsibilities:\n  - ${s(ja ? `${label}の顧客体験と施策の成果に責任を持つ` : `Owns the ${label} customer journey and the results of its initiatives`)}\n  - ${s(ja ? '関係部署・パートナーとの調整' : 'Coordinates with sales, partners and the regional team')}\n  - ${s(r.pick(T.para).replace(/[.。]$/, ''))}\n`;
      }
      write(`${dir}/team/${k}.yaml`, y);
    });

    // tools (5 files)
    const toolDefs = [
      ['ma', 'marketing-automation', ['email-nurturing', 'lead-scoring', 'web-forms'], 'Marketo Engage', 'Adobe'],
      ['cms', 'cms', ['web-pages', 'landing-pages'], 'Adobe Experience Manager', 'Adobe'],
      ['social', 'social', ['social-publishing', 'social-listening'], 'Hootsuite', 'Hootsuite'],
      ['survey', 'survey', ['surveys', 'nps-tracking'], 'Qualtrics', 'Qualtrics'],
      ['line', 'scrm', ['line-messaging', 'segment-delivery'], 'L Message', 'Social Plus'],
    ];
    toolDefs.forEach(([k, cat, caps, name, vendor], i) => {
      let y = i === 0 ? `# Tools are means to an end: each says what it is for and who owns it.\n` : '';
      y += `kind: Tool\nid: ${tool(k)}\nname: ${s(`${name} (${label})`)}\nvendor: ${vendor}\ncategory: ${cat}\n`;
      y += `capabilities: ${list(caps.map((x) => s(capability(x, c, sl))))}\n`;
      if (!gap('tool-no-purpose')) y += `purpose: ${ja ? `>-\n  ${label}のお客様との関係を深め、${T.goal[i % 3][0]}ために使います。${r.pick(T.para)}` : `>-\n  Helps the ${label} team reach customers and keep the conversation going. ${r.pick(T.para)}`}\n`;
      y += `license: subscription\ncost: { amount: ${r.int(10, 200) * 1000}, currency: JPY, per: month }\nstatus: active\ncontract_end: 2028-09-30\n`;
      if (!gap('tool-no-owner')) y += `owner: ${role(['crm-manager', 'digital-manager', 'content-lead', 'crm-manager', 'crm-manager'][i])}\n`;
      y += `handles_personal_data: ${cat === 'cms' ? 'false' : 'true'}\n`;
      if (k === 'ma') y += `integrations:\n  - tool: salesforce\n    data: [leads, lead score, campaign membership]\n    direction: both\n`;
      if (k === 'line') y += `integrations:\n  - tool: ${tool('ma')}\n    data: [friends, segments]\n    direction: to\n`;
      if (k === 'survey') y += `integrations:\n  - tool: salesforce\n    data: [survey responses, NPS]\n    direction: to\n`;
      write(`${dir}/tools/${k}.yaml`, y);
    });

    // goals (3 files)
    const goalIds = [0, 1, 2].map((i) => `${sl}-goal-${i + 1}`);
    goalIds.forEach((id, i) => {
      let y = `# ${ja ? '目標はお客様の言葉で、あるべき顧客体験として書きます。' : "Goals are written in the customers' terms: the experience we want."}\n`;
      y += `kind: Goal\nid: ${id}\nname: ${s(`${T.goal[i][0]}（${label}）`)}\nstatement: >-\n  ${T.goal[i][1]}\ndescription: ${para(r, T, 4)}\n`;
      y += `perspective: ${T.perspective[(i + c) % 4]}\nhorizon: ${['short', 'mid', 'long'][i]}\npriority: ${i + 1}\n`;
      if (!gap('goal-no-owner')) y += `owner: ${role('marketing-lead')}\n`;
      y += `agreed_by:\n  - { role: cmo, on: 2027-03-0${i + 1} }\n  - { role: ${role('sales-manager')}, on: 2027-03-1${i} }\n`;
      write(`${dir}/goals/goal-${i + 1}.yaml`, y);
    });

    // challenges (4 files)
    const challengeIds = [0, 1, 2, 3].map((i) => `${sl}-challenge-${i + 1}`);
    challengeIds.forEach((id, i) => {
      const [name, current, problem] = T.challenge[i];
      let y = `# ${ja ? '課題: 現状と目標のギャップ' : 'A challenge: the gap between today and a goal'}\nkind: Challenge\nid: ${id}\nname: ${s(name)}\n`;
      const goal = gap('ref-unresolved') ? `${goalIds[i % 3]}x` : goalIds[i % 3];
      y += `goal: ${goal}\ncurrent: >-\n  ${current} ${r.pick(T.para)}\nproblem: >-\n  ${problem} ${r.pick(T.para)}\npriority: ${['high', 'medium', 'low'][i % 3]}\nowner: ${role(['sales-manager', 'crm-manager', 'event-manager', 'marketing-lead'][i])}\n`;
      write(`${dir}/challenges/challenge-${i + 1}.yaml`, y);
    });

    // personas (2 files)
    const personaIds = [0, 1].map((i) => `${sl}-persona-${i + 1}`);
    personaIds.forEach((id, i) => {
      let y = `kind: Persona\nid: ${id}\nname: ${s(T.persona[i])}\ndescription: >-\n  ${ja ? `${label}で年に数回購入する、情報収集に熱心なお客様です。` : `A ${label} customer who buys a few times a year and researches carefully.`} ${r.pick(T.para)}\n`;
      y += `attributes:\n  region: ${s(label)}\n  age: ${r.int(25, 55)}\nneeds:\n  - ${s(ja ? '自分に合うかを事前に確かめたい' : 'Proof that the product fits before paying')}\n  - ${s(ja ? '困ったときにすぐ相談したい' : 'Quick answers from someone who understands')}\n`;
      y += `behaviors:\n  - ${s(ja ? 'Instagram と LINE で情報を集める' : 'Reads LinkedIn and trade media')}\n  - ${s(ja ? '購入前にレビューを必ず読む' : 'Always reads reviews before buying')}\n  - ${s(ja ? '週末にまとめて買い物をする' : 'Shops online at the weekend')}\n`;
      y += `# ${ja ? 'segment_size は対象となる人数です。' : 'segment_size: people in the addressable segment.'}\nsegment_size: ${r.int(1000, 90000)}\nchannels: [web, email, LINE]\n`;
      write(`${dir}/personas/persona-${i + 1}.yaml`, y);
    });

    // journeys (2 files, 6 stages each)
    const stageRefs = [];
    const journeyIds = [0, 1].map((i) => `${sl}-journey-${i + 1}`);
    journeyIds.forEach((jid, j) => {
      let y = `${T.comment}\nkind: Journey\nid: ${jid}\nname: ${s(ja ? `${label}のカスタマージャーニー ${j + 1}` : `${label} customer journey ${j + 1}`)}\n`;
      if (!gap('journey-no-persona')) y += `persona: ${personaIds[j]}\n`;
      y += 'stages:\n';
      T.stage.forEach(([sid, name, phase, cg], k) => {
        stageRefs.push(`${jid}/${sid}`);
        y += `  - id: ${sid}\n    name: ${s(name)}\n    phase: ${phase}\n    customer_goal: ${s(cg)}\n`;
        if (k % 2 === 0) y += `    thoughts: ${s(T.thoughts)}\n    pain_points:\n      - ${s(T.pain)}\n    opportunities:\n      - ${s(T.opp)}\n`;
        y += `    emotion: ${r.int(1, 5)}\n`;
        if (!gap('stage-no-touchpoint')) {
          y += `    touchpoints:\n      - { channel: web, tool: ${tool(k < 2 ? 'cms' : 'ma')}, owner: ${role('digital-manager')}, online: true }\n`;
          if (k >= 3) y += `      - { channel: LINE, tool: ${tool('line')}, owner: ${role('crm-manager')}, online: true }\n`;
          if (k === 0) y += `      - { channel: social, tool: ${tool('social')}, owner: ${role('content-lead')}, online: true }\n`;
          if (k === 5) y += `      - { channel: survey, tool: ${tool('survey')}, owner: ${role('crm-manager')}, online: true }\n`;
        }
        if (!gap('stage-no-owner')) y += `    owner: ${role(['content-lead', 'digital-manager', 'event-manager', 'sales-manager', 'crm-manager', 'marketing-lead'][k])}\n`;
      });
      write(`${dir}/journeys/journey-${j + 1}.yaml`, y);
    });

    // KPIs (14 files, + the remainder in the last cluster)
    const nKpi = kpisIn(c);
    const kpiIds = [];
    for (let i = 0; i < nKpi; i++) {
      const id = `${sl}-kpi-${i + 1}`;
      kpiIds.push(id);
      const name = T.kpi[i % T.kpi.length];
      const base = r.int(10, 900);
      let y = `# ${ja ? 'KPI はステージと目標に結び付けます。' : 'Each KPI is tied to a journey stage and a goal.'}\n`;
      y += `kind: KPI\nid: ${id}\nname: ${s(`${name}${i >= T.kpi.length ? ` ${i + 1}` : ''}`)}\ndefinition: >-\n  ${ja ? `${name}を週次で集計した値です。` : `${name}, counted weekly from the source tool.`} ${r.pick(T.para)} ${r.pick(T.para)} ${r.pick(T.para)}\n`;
      y += `unit: ${i % 3 === 0 ? 'percent' : 'count'}\ncategory: ${['education', 'engagement', 'advocacy', 'conversion'][i % 4]}\ndirection: increase\n`;
      if (!gap('kpi-no-baseline')) y += `baseline: { value: ${base}, as_of: 2027-03-31 }\n`;
      if (!gap('kpi-no-target')) y += `target: { value: ${base + r.int(10, 500)}, by: 2028-03-${r.int(10, 31)} }\n`;
      y += `cadence: ${['weekly', 'monthly', 'quarterly'][i % 3]}\n`;
      if (!gap('kpi-no-stage')) y += `stage: ${stageRefs[i % stageRefs.length]}\n`;
      y += `goals: [${goalIds[i % 3]}]\n`;
      if (!gap('kpi-no-owner')) y += `owner: ${role(['digital-manager', 'crm-manager', 'event-manager', 'content-lead', 'sales-manager'][i % 5])}\n`;
      if (!gap('kpi-no-source')) y += `source: ${gap('ref-unresolved') ? 'google-analytic' : i % 2 ? 'google-analytics' : tool('ma')}\n`;
      write(`${dir}/kpis/kpi-${i + 1}.yaml`, y);
    }

    // initiatives (12 files)
    for (let i = 0; i < 12; i++) {
      const id = `${sl}-initiative-${i + 1}`;
      const phase = i < 3 ? 0 : i < 9 ? 1 : 2;
      initiativesByPhase[phase].push(id);
      const p = PHASES[phase];
      const [y0, m0] = p.start.split('-').map(Number);
      const startMonth = m0 + (i % 2);
      const start = `${y0}-${String(startMonth).padStart(2, '0')}-0${(i % 9) + 1}`;
      let y = `kind: Initiative\nid: ${id}\nname: ${s(`${T.initiative[i]}（${label}）`)}\ndescription: >-\n  ${ja ? `${label}で${T.initiative[i]}を実施し、ステージ間の離脱を減らします。担当者と KPI を明確にして進めます。` : `Run ${T.initiative[i].toLowerCase()} for ${label} to reduce drop-off between stages, with a clear owner and KPIs.`} ${r.pick(T.para)} ${r.pick(T.para)} ${r.pick(T.para)}\n`;
      y += `channel: ${['web', 'email', 'events', 'LINE'][i % 4]}\n`;
      if (!gap('initiative-no-stage')) y += `stages: [${stageRefs[i % 12]}, ${stageRefs[(i + 5) % 12]}]\n`;
      if (!gap('initiative-no-kpi')) y += `kpis: [${kpiIds[i % nKpi]}, ${kpiIds[(i + 1) % nKpi]}]\n`;
      y += `challenges: [${challengeIds[i % 4]}]\ntools: [${tool('ma')}, ${tool(['cms', 'social', 'survey', 'line'][i % 4])}]\n`;
      if (!gap('initiative-no-accountable')) y += `accountable: ${role(['marketing-lead', 'digital-manager', 'event-manager', 'crm-manager'][i % 4])}\n`;
      y += `responsible: [${role('agency')}, ${role('content-lead')}]\nconsulted: [${role('sales-manager')}]\ninformed: [cmo]\n`;
      y += `budget: { amount: ${r.int(5, 60) * 10000}, currency: JPY }\nstart: ${start}\nend: ${p.end}\n`;
      if (!gap('personal-data-no-consent')) y += `consent: >-\n  ${ja ? 'フォームで明示的な同意を取得し、配信停止はワンクリックでできます。' : 'Forms ask for explicit opt-in; every message has a one-click unsubscribe.'}\n`;
      y += `fit: { purpose: ${r.int(3, 5)}, target: ${r.int(3, 5)}, budget: ${r.int(3, 5)}, differentiation: ${r.int(2, 5)}, sustainability: ${r.int(3, 5)} }\n`;
      if (gap('schema-unknown-key')) y += `ownr: ${role('marketing-lead')}\n`;
      if (i === 2) {
        y += `# at: offset from the event opening\nautomation:\n`;
        for (const at of ['-7d', '-3d', '-1d', '-1h', '+1d']) y += `  - { at: ${at}, channel: email, message: ${s(ja ? `リマインド ${at}` : `Reminder ${at}`)} }\n`;
      }
      write(`${dir}/initiatives/initiative-${i + 1}.yaml`, y);
    }

    // RFP (1 file)
    {
      let y = `kind: RFP\nid: ${sl}-rfp\ntitle: ${s(ja ? `${label}のデジタル施策パートナー募集` : `Digital agency for the ${label} customer journey`)}\npartner_type: digital-agency\nissuer: ${role('digital-manager')}\n`;
      y += `background: >-\n  ${ja ? 'イベント中心の集客からデジタルのカスタマージャーニーへ移行するため、構築と運用のパートナーを募集します。' : 'We are moving from event-led acquisition to a digital customer journey and need a partner to build and run it.'}\n`;
      y += `goals: [${goalIds.join(', ')}]\nscope:\n  initiatives: [${sl}-initiative-1, ${sl}-initiative-3]\n  stages: [${stageRefs[1]}]\n`;
      y += `requirements:\n  - { id: R1, text: ${s(ja ? '日本語と英語の特設サイトを構築する' : 'Build the microsite in English and Japanese')}, priority: must }\n  - { id: R2, text: ${s(ja ? 'MA でリマインド配信を構築する' : 'Build the reminder sequence in the MA tool')}, priority: should }\n`;
      y += `integrations: [${tool('ma')}, salesforce]\nbudget: { min: 3000000, max: 5000000, currency: JPY }\n`;
      y += `timeline: { issued: 2027-04-12, questions_due: 2027-04-23, proposals_due: 2027-05-14, decision: 2027-05-28, start: 2027-06-07 }\n`;
      y += `evaluation:\n  - { criterion: ${s(ja ? '顧客理解' : 'Understanding of our customers')}, weight: 40 }\n  - { criterion: ${s(ja ? '実績' : 'Implementation experience')}, weight: 35 }\n  - { criterion: ${s(ja ? '価格' : 'Price')}, weight: 25, price: true }\n`;
      y += `submission: { format: PDF, contact: rfp-${sl}@example.com }\n`;
      write(`${dir}/rfps/rfp.yaml`, y);
    }
  });

  // ── global files (3) ────────────────────────────────────────────────
  let plan = `# mplan.yaml — generated benchmark plan (${files} files, seed ${seed}${sharedCapabilities ? `, ${sharedCapabilities * 100}% of the tools share each capability` : ''}).\nkind: Plan\nid: global-brand-fy2027\nname: Global brand plan FY2027 — グローバルブランド計画\nversion: 1\nlocale: en\n`;
  plan += `period:\n  start: 2027-04-01\n  end: 2028-03-31\nbudget:\n  amount: ${clusters * 12 * 700000 + 1000000}\n  currency: JPY\n`;
  plan += `vision: >-\n  Customers everywhere feel that we know them and help them, from the first\n  announcement to years of use — お客様がどこでも、長く大切にされていると感じるブランドへ。\n`;
  plan += `owner: cmo\nsponsors: [ceo, cmo, cfo]\nroadmap:\n`;
  PHASES.forEach((p, i) => {
    plan += `  - id: ${p.id}\n    name: ${s(p.name)}\n    start: ${p.start}\n    end: ${p.end}\n    initiatives:\n`;
    for (const id of initiativesByPhase[i]) plan += `      - ${id}\n`;
    plan += `    exit_criteria:\n      - ${s('Reviewed in the quarterly business review')}\n`;
  });
  plan += `lint:\n  ignore:\n    - drafts/**\n`;
  write('mplan.yaml', plan);
  const exec = [
    ['ceo', 'Chief Executive Officer', 'Approves the strategy and the annual plan'],
    ['cmo', 'Chief Marketing Officer', 'Runs the plan and chairs the monthly review'],
    ['cfo', 'Chief Financial Officer', 'Approves the marketing budget'],
  ]
    .map(([id, name, resp]) => `kind: Role\nid: ${id}\nname: ${name}\ntype: internal\nlevel: executive\norganization: Executive board\nresponsibilities:\n  - ${resp}\n`)
    .join('---\n');
  write('team/executives.yaml', `# The executives backing the plan.\n${exec}`);
  const core = [
    `kind: Tool\nid: salesforce\nname: Salesforce Sales Cloud\nvendor: Salesforce\ncategory: crm\ncapabilities: [opportunity-management, account-management]\npurpose: Single record of accounts, contacts and deals for every region.\nlicense: subscription\ncost: { amount: 5400000, currency: JPY, per: year }\nowner: cmo\nhandles_personal_data: true\n`,
    `kind: Tool\nid: google-analytics\nname: Google Analytics 4\nvendor: Google\ncategory: analytics\ncapabilities: [web-analytics]\npurpose: Measure what customers do on our sites, for every region.\nlicense: free\nowner: cmo\nhandles_personal_data: false\n`,
    `kind: Tool\nid: google-tag-manager\nname: Google Tag Manager\nvendor: Google\ncategory: tag-manager\ncapabilities: [tag-management]\npurpose: One place for every measurement tag.\nlicense: free\nowner: cmo\nhandles_personal_data: false\nintegrations:\n  - { tool: google-analytics, data: [events], direction: to }\n`,
  ].join('---\n');
  write('tools/core.yaml', `# The shared martech stack.\n${core}`);
  // GTM must be used by something: the first cluster's first initiative lists it.
  const firstInit = `regions/${slugs[0]}/initiatives/initiative-1.yaml`;
  written.set(firstInit, written.get(firstInit).replace(/^tools: \[/m, 'tools: [google-tag-manager, '));

  let bytes = 0;
  for (const [rel, text] of written) {
    const abs = path.join(out, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
    docs += text.split(/^---$/m).length;
  }
  if (written.size !== files) throw new Error(`generator wrote ${written.size} files, expected ${files}`);
  return { files: written.size, bytes, docs, gaps: planted, tools: toolCount };
}

function parseArgs(argv) {
  const o = { files: 1000, seed: 42, out: undefined, gaps: 0.03, sharedCapabilities: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') o.files = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--gaps') o.gaps = Number(argv[++i]);
    else if (a === '--shared-capabilities') o.sharedCapabilities = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  o.out ??= path.join('/tmp', `mplan-bench-${o.files}-${o.seed}${o.sharedCapabilities ? `-shared${o.sharedCapabilities}` : ''}`);
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const o = parseArgs(process.argv.slice(2));
  const res = generatePlan(o);
  process.stdout.write(`${o.out}: ${res.files} files, ${(res.bytes / 1024 / 1024).toFixed(2)} MB, ${res.docs} documents, planted gaps ${JSON.stringify(res.gaps)}\n`);
}
