import type { Lang } from './types.js';

/**
 * Words that messages fill in from language-neutral data: `{{found|types}}`
 * turns `integer,string` into "a whole number or text" / 「整数またはテキスト」.
 */
const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a block of fields',
    null: 'empty',
    scalar: 'a single value',
  },
  ja: {
    string: 'テキスト',
    number: '数値',
    integer: '整数',
    boolean: 'true/false',
    array: 'リスト',
    object: '項目のまとまり（マップ）',
    null: '空',
    scalar: '単一の値',
  },
};

const OR: Record<Lang, string> = { en: ' or ', ja: 'または' };

const KIND_WORDS: Record<Lang, Record<string, string>> = {
  en: { Stage: 'stage', stage: 'stage' },
  ja: {
    Plan: '計画 (Plan)',
    Goal: '目標 (Goal)',
    Challenge: '課題 (Challenge)',
    Persona: 'ペルソナ (Persona)',
    Journey: 'カスタマージャーニー (Journey)',
    KPI: 'KPI',
    Initiative: '施策 (Initiative)',
    Role: '役割 (Role)',
    Tool: 'ツール (Tool)',
    RFP: '提案依頼書 (RFP)',
    Stage: 'ステージ',
    stage: 'ステージ',
  },
};

const REASON_WORDS: Record<Lang, Record<string, string>> = {
  en: {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'it does not exist, or is a link to nothing',
    EISDIR: 'it is a folder',
    ELOOP: 'a symbolic link loop',
    EMFILE: 'too many files are open',
    ENOTDIR: 'part of its path is not a folder',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    ENOTREG: 'it is not an ordinary file but a pipe, a device or a socket',
    EFBIG: 'it is too large',
  },
  ja: {
    EACCES: '読み取り権限がありません',
    EPERM: '権限がありません',
    ENOENT: '存在しないか、リンク先がありません',
    EISDIR: 'フォルダです',
    ELOOP: 'シンボリックリンクがループしています',
    EMFILE: '開いているファイルが多すぎます',
    ENOTDIR: 'パスの途中がフォルダではありません',
    EROFS: 'ディスクが読み取り専用です',
    ENOSPC: 'ディスクの空きがありません',
    ENOTREG: '通常のファイルではありません（パイプ、デバイス、ソケットのいずれか）',
    EFBIG: 'ファイルが大きすぎます',
  },
};

export const FILTERS: Record<string, (value: string, lang: Lang) => string> = {
  reason(value, lang) {
    return REASON_WORDS[lang][value] ?? value;
  },
  kind(value, lang) {
    return KIND_WORDS[lang][value] ?? value;
  },
  types(value, lang) {
    return value
      .split(',')
      .map((t) => TYPE_WORDS[lang][t.trim()] ?? t.trim())
      .join(OR[lang]);
  },
};
