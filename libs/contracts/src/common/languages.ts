/**
 * Languages the coalition's communities speak, for outreach. Codes are ISO 639
 * (three letters where no two-letter code exists, e.g. `kea` Cape Verdean Creole).
 */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Spanish' },
  { code: 'pt', label: 'Portuguese' },
  { code: 'ht', label: 'Haitian Creole' },
  { code: 'zh', label: 'Chinese' },
  { code: 'vi', label: 'Vietnamese' },
  { code: 'ar', label: 'Arabic' },
  { code: 'so', label: 'Somali' },
  { code: 'kea', label: 'Cape Verdean Creole' },
  { code: 'km', label: 'Khmer' },
  { code: 'ru', label: 'Russian' },
  { code: 'fr', label: 'French' },
  { code: 'ne', label: 'Nepali' },
  { code: 'prs', label: 'Dari' },
  { code: 'ps', label: 'Pashto' },
  { code: 'am', label: 'Amharic' },
  { code: 'sw', label: 'Swahili' },
  { code: 'uk', label: 'Ukrainian' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

const labels = new Map<string, string>(LANGUAGES.map((l) => [l.code, l.label]));
export function languageLabel(code: string): string {
  return labels.get(code) ?? code;
}
