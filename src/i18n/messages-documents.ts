import type { MessageText } from './types.js';

/** Messages of `render --format html|pdf` and `--internal` (ids must not clash with the other catalogs). */
export const DOCUMENTS_MESSAGES: Record<string, MessageText> = {
  'render-no-browser': {
    en: 'A PDF (and the diagrams of an HTML file) is drawn by Chrome or Chromium, and none was found{{tried}}.',
    ja: 'PDF（と HTML の図）は Chrome または Chromium で描画しますが、見つかりませんでした{{tried}}。',
  },
  'render-no-browser.hint': {
    en: 'Install Chromium (Debian/Ubuntu: `apt-get install chromium`; macOS: install Google Chrome) or tell mplan where it is: `MPLAN_BROWSER=/path/to/chrome`. Markdown needs no browser: `--format md`.',
    ja: 'Chromium をインストールするか（Debian/Ubuntu: `apt-get install chromium`、macOS: Google Chrome をインストール）、場所を指定してください: `MPLAN_BROWSER=/path/to/chrome`。Markdown ならブラウザは不要です: `--format md`。',
  },
  'render-browser-failed': {
    en: 'The browser at {{browser}} could not draw the document: {{detail}}.',
    ja: '{{browser}} のブラウザで文書を描画できませんでした: {{detail}}。',
  },
  'render-browser-failed.hint': {
    en: 'Check that this is a working Chrome or Chromium (run it with `--version`), or point `MPLAN_BROWSER` at another one.',
    ja: '動作する Chrome または Chromium か確認するか（`--version` を付けて実行）、`MPLAN_BROWSER` で別のブラウザを指定してください。',
  },
  'render-diagram-failed': {
    en: 'Diagram {{n}} of the document could not be drawn: {{detail}}.',
    ja: '文書の {{n}} 番目の図を描画できませんでした: {{detail}}。',
  },
  'render-diagram-failed.hint': {
    en: 'Check the diagram in the Markdown output (`--format md`); a template of your own must print plan text in diagrams through `mmText` or `mmLabel`.',
    ja: 'Markdown 出力（`--format md`）で図を確認してください。独自テンプレートでは、図の中の計画のテキストを `mmText` または `mmLabel` で出力してください。',
  },
  'render-pdf-needs-output': {
    en: 'A PDF cannot be printed to the terminal: give the file to write with `-o`, e.g. `-o rfp.pdf`.',
    ja: 'PDF は端末に出力できません。`-o` で書き出すファイルを指定してください（例: `-o rfp.pdf`）。',
  },
  'render-internal-rfp-only': {
    en: '`--internal` is for RFPs only (`mplan render rfp <rfp-id> --internal`); the {{document}} has no bidder version.',
    ja: '`--internal` は提案依頼書（RFP）専用です（`mplan render rfp <RFP の id> --internal`）。{{document}} には社外向けの版はありません。',
  },
  'render-no-japanese-font': {
    en: 'warning: no Japanese font is installed, so Japanese text in the {{format}} may show as boxes. Install one: Debian/Ubuntu `apt-get install fonts-noto-cjk`, Fedora `dnf install google-noto-sans-cjk-fonts`, macOS and Windows have one already.',
    ja: '警告: 日本語フォントがインストールされていないため、{{format}} の日本語が豆腐（□）になる可能性があります。インストールしてください: Debian/Ubuntu `apt-get install fonts-noto-cjk`、Fedora `dnf install google-noto-sans-cjk-fonts`（macOS と Windows には標準で入っています）。',
  },
};
