// Which voice reads an article. Pure: works on any list shaped like speechSynthesis.getVoices().
// The default voice speaks the article's language (its region first, ar-EG before ar-SA) and
// runs on this device (localService). A voice that is not local sends the text to its vendor:
// it is never chosen by default, only when the reader picks it. No voice for the language
// means "no voice", never another language's voice reading it.

export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default?: boolean;
}

export type VoiceChoice<V extends VoiceLike = VoiceLike> = { kind: 'voice'; voice: V; language: string } | { kind: 'no-voice'; language: string };

/** "ar_EG" → "ar-eg"; "" for anything that is not a language tag. */
export function normalizeLang(lang: string | undefined): string {
  const tag = (lang ?? '').trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag) ? tag : '';
}

/** The primary language subtag: "ar-EG" → "ar". The key settings remember voices by. */
export function primaryLanguage(lang: string | undefined): string {
  return normalizeLang(lang).split('-')[0];
}

/** Voices that speak `lang` (any region), those on this device first, then by name. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const language = primaryLanguage(lang);
  if (!language) return [];
  return voices
    .filter((voice) => primaryLanguage(voice.lang) === language)
    .sort((a, b) => Number(b.localService) - Number(a.localService) || a.name.localeCompare(b.name));
}

/**
 * The voice for an article in `lang`. `remembered` is the voiceURI the reader chose for that
 * language before: used while it still exists and speaks the language, local or not.
 * Without a `lang`, the browser's default local voice (or the first local one) reads.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string | undefined, remembered?: string): VoiceChoice<V> {
  const wanted = normalizeLang(lang);
  if (!wanted) {
    const local = voices.filter((voice) => voice.localService);
    const voice = local.find((candidate) => candidate.default) ?? local[0];
    return voice ? { kind: 'voice', voice, language: primaryLanguage(voice.lang) } : { kind: 'no-voice', language: '' };
  }
  const language = primaryLanguage(wanted);
  const speaking = voicesFor(voices, wanted);
  const chosen = remembered ? speaking.find((voice) => voice.voiceURI === remembered) : undefined;
  if (chosen) return { kind: 'voice', voice: chosen, language };
  const local = speaking.filter((voice) => voice.localService);
  const sameRegion = local.filter((voice) => normalizeLang(voice.lang) === wanted);
  const voice = pickDefault(sameRegion) ?? pickDefault(local);
  return voice ? { kind: 'voice', voice, language } : { kind: 'no-voice', language };
}

/** The browser's own default among equals, else the first. */
function pickDefault<V extends VoiceLike>(voices: V[]): V | undefined {
  return voices.find((voice) => voice.default) ?? voices[0];
}
