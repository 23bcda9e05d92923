import { LISTEN_RATE_MAX, LISTEN_RATE_MIN, MAX_LISTEN_LANGUAGES, type ListenLanguage, type ListenSettings } from './settings-defaults';
import { describe, isRecord } from './settings-migrations';

// Validation of settings.listen, field by field like the rest: a bad language, voice or rate is
// reported by name and dropped (or defaulted), the rest kept. Compact on purpose: the popup
// carries all of settings validation within its size budget.

export function validateListen(value: unknown, errors: string[]): ListenSettings {
  const listen: ListenSettings = { readCaptions: false, languages: {} };
  const bad = (path: string, expected: string, got: unknown, outcome: string) => errors.push(`${path}: expected ${expected}, got ${describe(got)}; ${outcome}`);
  if (value === undefined) return listen;
  if (!isRecord(value)) return (bad('listen', 'an object', value, 'using defaults'), listen);
  const { readCaptions, languages } = value;
  if (typeof readCaptions === 'boolean') listen.readCaptions = readCaptions;
  else if (readCaptions !== undefined) bad('listen.readCaptions', 'true or false', readCaptions, 'using false');
  if (languages === undefined) return listen;
  if (!isRecord(languages)) return (bad('listen.languages', 'an object', languages, 'using {}'), listen);
  for (const [language, choice] of Object.entries(languages)) {
    const path = `listen.languages.${language}`;
    if (!/^[a-z]{2,3}$/.test(language)) errors.push(`${path}: not a language code; dropped`);
    else if (Object.keys(listen.languages).length >= MAX_LISTEN_LANGUAGES) errors.push(`${path}: over ${MAX_LISTEN_LANGUAGES} languages; dropped`);
    else if (!isRecord(choice)) bad(path, 'an object', choice, 'dropped');
    else {
      const valid: ListenLanguage = { rate: 1 };
      const { rate, voice } = choice;
      if (typeof rate === 'number' && rate >= LISTEN_RATE_MIN && rate <= LISTEN_RATE_MAX) valid.rate = Math.round(rate * 100) / 100;
      else if (rate !== undefined) bad(`${path}.rate`, `${LISTEN_RATE_MIN}–${LISTEN_RATE_MAX}`, rate, 'using 1');
      if (typeof voice === 'string' && voice && voice.length <= 200) valid.voice = voice;
      else if (voice !== undefined) bad(`${path}.voice`, 'a voice name', voice, 'dropped');
      listen.languages[language] = valid;
    }
  }
  return listen;
}
