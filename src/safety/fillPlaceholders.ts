/**
 * Locale-dependent reply text: picks the phone number for the user's locale and fills {emergencyNumber} and
 * {poisonControl}. Lookup order: the exact locale ("en-GB"), then the language ("en"), then "default".
 */
export type LocaleMap = Readonly<Record<string, string>>;

export function pickForLocale(map: LocaleMap, locale: string | undefined): string {
  const fallback = map['default'] ?? '';
  if (locale === undefined || locale.trim() === '') return fallback;
  const [language = '', region = ''] = locale.trim().replace('_', '-').split('-');
  const exact = region === '' ? language.toLowerCase() : `${language.toLowerCase()}-${region.toUpperCase()}`;
  return map[exact] ?? map[language.toLowerCase()] ?? fallback;
}

export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
