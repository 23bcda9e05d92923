import { LISTEN_RATE_MAX, LISTEN_RATE_MIN, MAX_LISTEN_LANGUAGES, type ListenLanguage, type ListenSettings } from './settings-defaults';
import { describe, isRecord } from './settings-migrations';

// Validation of settings.listen, field by field like the rest: a bad language, voice or rate is
// reported by name and dropped (or defaulted), the rest kept.

const LANGUAGE = /^[a-z]{2,3}$/;
const MAX_VOICE_LENGTH = 200;

export function validateListen(value: unknown, errors: string[]): ListenSettings {
  const listen: ListenSettings = { readCaptions: false, languages: {} };
  if (value === undefined) return listen;
  if (!isRecord(value)) {
    errors.push(`listen: expected an object, got ${describe(value)}; using defaults`);
    return listen;
  }
  if (typeof value.readCaptions === 'boolean') listen.readCaptions = value.readCaptions;
  else if (value.readCaptions !== undefined) errors.push(`listen.readCaptions: expected true or false, got ${describe(value.readCaptions)}; using false`);

  const languages = value.languages;
  if (languages === undefined) return listen;
  if (!isRecord(languages)) {
    errors.push(`listen.languages: expected an object, got ${describe(languages)}; using {}`);
    return listen;
  }
  for (const [language, choice] of Object.entries(languages)) {
    const path = `listen.languages.${language}`;
    if (!LANGUAGE.test(language)) errors.push(`${path}: not a language code; dropped`);
    else if (Object.keys(listen.languages).length >= MAX_LISTEN_LANGUAGES) errors.push(`${path}: more than ${MAX_LISTEN_LANGUAGES} languages; dropped`);
    else {
      const valid = validateLanguage(choice, path, errors);
      if (valid) listen.languages[language] = valid;
    }
  }
  return listen;
}

function validateLanguage(value: unknown, path: string, errors: string[]): ListenLanguage | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected an object, got ${describe(value)}; dropped`);
    return null;
  }
  const choice: ListenLanguage = { rate: 1 };
  const { rate, voice } = value;
  if (typeof rate === 'number' && Number.isFinite(rate) && rate >= LISTEN_RATE_MIN && rate <= LISTEN_RATE_MAX) choice.rate = Math.round(rate * 100) / 100;
  else if (rate !== undefined) errors.push(`${path}.rate: expected ${LISTEN_RATE_MIN}–${LISTEN_RATE_MAX}, got ${describe(rate)}; using 1`);
  if (typeof voice === 'string' && voice.length > 0 && voice.length <= MAX_VOICE_LENGTH) choice.voice = voice;
  else if (voice !== undefined) errors.push(`${path}.voice: expected a voice name, got ${describe(voice)}; dropped`);
  return choice;
}
