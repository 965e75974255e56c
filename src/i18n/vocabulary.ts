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
    EEXIST: 'a file of that name is in the way',
    EBUSY: 'it is in use',
    ETXTBSY: 'it is in use',
    ENXIO: 'nothing is reading from it',
    ENAMETOOLONG: 'the name is too long',
    EFBIG: 'the file is too large',
    EDQUOT: 'the disk quota is used up',
    EIO: 'the disk reported an error',
    EAGAIN: 'it is busy',
    EINVAL: 'it cannot be written this way',
    EPIPE: 'nothing is reading from it any more',
    ENOTREG: 'it is not an ordinary file but a pipe, a device or a socket',
  },
  ja: {
    EACCES: 'アクセス権限がありません',
    EPERM: '権限がありません',
    ENOENT: '存在しないか、リンク先がありません',
    EISDIR: 'フォルダです',
    ELOOP: 'シンボリックリンクがループしています',
    EMFILE: '開いているファイルが多すぎます',
    ENOTDIR: 'パスの途中がフォルダではありません',
    EROFS: 'ディスクが読み取り専用です',
    ENOSPC: 'ディスクの空きがありません',
    EEXIST: '同じ名前のファイルが既にあります',
    EBUSY: '使用中です',
    ETXTBSY: '使用中です',
    ENXIO: '読み取る側がいません',
    ENAMETOOLONG: '名前が長すぎます',
    EFBIG: 'ファイルが大きすぎます',
    EDQUOT: 'ディスクの割り当て容量を使い切っています',
    EIO: 'ディスクがエラーを返しました',
    EAGAIN: '混み合っています',
    EINVAL: 'この方法では書き込めません',
    EPIPE: '読み取る側が終了しました',
    ENOTREG: '通常のファイルではありません（パイプ、デバイス、ソケットのいずれか）',
  },
};

export const FILTERS: Record<string, (value: string, lang: Lang, arg?: string) => string> = {
  /**
   * `{{count|plural:error}}`: the number with its noun, "1 error" or "3 errors";
   * `plural:entity/entities` names an irregular plural. English only: Japanese
   * counts with a counter word and writes `{{count}} 件`.
   */
  plural(value, _lang, arg = '') {
    const [one, many = `${one}s`] = arg.split('/');
    return `${value} ${value === '1' ? one : many}`;
  },
  reason(value, lang) {
    const words = REASON_WORDS[lang][value];
    if (words !== undefined) return words;
    // A system error code with no words of its own still gets a sentence; the code stays for a search.
    return /^E[A-Z0-9]+$/.test(value) ? (lang === 'ja' ? `システムが拒否しました（${value}）` : `the system refused (${value})`) : value;
  },
  kind(value, lang) {
    return KIND_WORDS[lang][value] ?? value;
  },
  /**
   * `{{where|where}}`: the document a schema finding is in, given as `Goal \`id\``
   * or `Goal \`id\` (budget)`, with its kind in the message's language.
   */
  where(value, lang) {
    const m = /^([A-Za-z]+) (`[^`]*`)(?: \((.*)\))?$/s.exec(value);
    if (!m || lang === 'en') return value;
    return `${KIND_WORDS[lang][m[1]!] ?? m[1]!} ${m[2]!}${m[3] ? `（${m[3]}）` : ''}`;
  },
  /** `{{suggestion|guess}}`: " (did you mean `x`?)" after a sentence, or nothing when there is no suggestion. */
  guess(value, lang) {
    if (!value) return '';
    return lang === 'ja' ? `（\`${value}\` のことですか？）` : ` (did you mean \`${value}\`?)`;
  },
  types(value, lang) {
    return value
      .split(',')
      .map((t) => TYPE_WORDS[lang][t.trim()] ?? t.trim())
      .join(OR[lang]);
  },
};
