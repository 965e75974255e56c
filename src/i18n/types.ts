export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** One message in every language mplan speaks. Placeholders are `{{name}}`. */
export interface MessageText {
  en: string;
  ja: string;
}
