/**
 * Formats used by the mplan JSON Schemas (`schemas/*.schema.json`).
 *
 * - `date`, `email`, `uri`: from ajv-formats (full mode).
 * - `currency`: an ISO 4217 currency code, checked against the code list
 *   below (not just the `^[A-Z]{3}$` shape, so `YEN` or `usd` are rejected).
 */
import type { Ajv } from 'ajv';
import _addFormats from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext the default import is the module
// object at type level, and either the function or `{ default }` at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const addFormats: (ajv: Ajv, formats: string[]) => Ajv = (_addFormats as any).default ?? _addFormats;

/**
 * ISO 4217 alphabetic codes (list one: current currencies and funds, as of
 * 2025), including fund, precious-metal and special codes (XAU, XDR, XTS …).
 * ANG (being replaced by XCG) and SLL (by SLE) are kept for their transition
 * periods. Withdrawn codes such as HRK (replaced by EUR in 2023) and ZWL
 * (replaced by ZWG in 2024) are not valid.
 */
const CURRENCY_CODES = [
  'AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN',
  'BAM', 'BBD', 'BDT', 'BGN', 'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BOV',
  'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD',
  'CAD', 'CDF', 'CHE', 'CHF', 'CHW', 'CLF', 'CLP', 'CNY', 'COP', 'COU',
  'CRC', 'CUC', 'CUP', 'CVE', 'CZK',
  'DJF', 'DKK', 'DOP', 'DZD',
  'EGP', 'ERN', 'ETB', 'EUR',
  'FJD', 'FKP',
  'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD',
  'HKD', 'HNL', 'HTG', 'HUF',
  'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK',
  'JMD', 'JOD', 'JPY',
  'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD', 'KZT',
  'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD',
  'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR',
  'MWK', 'MXN', 'MXV', 'MYR', 'MZN',
  'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD',
  'OMR',
  'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG',
  'QAR',
  'RON', 'RSD', 'RUB', 'RWF',
  'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SLL', 'SOS',
  'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL',
  'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS',
  'UAH', 'UGX', 'USD', 'USN', 'UYI', 'UYU', 'UYW', 'UZS',
  'VED', 'VES', 'VND', 'VUV',
  'WST',
  'XAF', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XCD', 'XCG', 'XDR',
  'XOF', 'XPD', 'XPF', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX',
  'YER',
  'ZAR', 'ZMW', 'ZWG',
] as const;

/** Every valid ISO 4217 currency code (upper case, three letters). */
export const CURRENCIES: ReadonlySet<string> = new Set<string>(CURRENCY_CODES);

/** True if `code` is a valid ISO 4217 currency code (case-sensitive: `usd` is not). */
export function isCurrency(code: unknown): boolean {
  return typeof code === 'string' && CURRENCIES.has(code);
}

/**
 * Register the formats the mplan schemas use on an Ajv instance:
 * `date`, `email` and `uri` (ajv-formats) and `currency` (ISO 4217).
 */
export function addMplanFormats(ajv: Ajv): void {
  addFormats(ajv, ['date', 'email', 'uri']);
  ajv.addFormat('currency', {
    type: 'string',
    validate: (code: string) => CURRENCIES.has(code),
  });
}
