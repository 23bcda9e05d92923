// Voice choice for Listen: the article's language, its region first, voices on this device
// only by default, and "no voice" rather than another language's voice.
import { describe, expect, it } from 'vitest';
import { chooseVoice, normalizeLang, primaryLanguage, voicesFor, type VoiceLike } from '../../src/ui/listen/voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  localService,
  default: isDefault,
});

const english = [voice('Alex', 'en-US', true, true), voice('Daniel', 'en-GB'), voice('Google US English', 'en-US', false)];
const arabic = [voice('Maged', 'ar-SA'), voice('Tarik', 'ar-EG'), voice('Google Arabic', 'ar-EG', false)];

describe('chooseVoice', () => {
  it('picks a local voice of the article region first, then of its language', () => {
    expect(chooseVoice([...english, ...arabic], 'ar-EG')).toMatchObject({ kind: 'voice', voice: { name: 'Tarik' }, language: 'ar' });
    expect(chooseVoice([...english, ...arabic], 'ar')).toMatchObject({ kind: 'voice', voice: { name: 'Maged' } });
    expect(chooseVoice([...english, voice('Maged', 'ar-SA')], 'ar-EG')).toMatchObject({ kind: 'voice', voice: { name: 'Maged' } });
    expect(chooseVoice(english, 'en-GB')).toMatchObject({ voice: { name: 'Daniel' } });
    expect(chooseVoice(english, 'en')).toMatchObject({ voice: { name: 'Alex' } });
  });

  it('says there is no voice rather than reading Arabic with an English voice', () => {
    expect(chooseVoice(english, 'ar')).toEqual({ kind: 'no-voice', language: 'ar' });
    expect(chooseVoice([], 'en')).toEqual({ kind: 'no-voice', language: 'en' });
  });

  it('never picks a voice that sends the text away by default', () => {
    expect(chooseVoice([voice('Google Arabic', 'ar-EG', false)], 'ar-EG')).toEqual({ kind: 'no-voice', language: 'ar' });
    expect(chooseVoice([voice('Google US English', 'en-US', false, true), voice('Daniel', 'en-GB')], 'en-US')).toMatchObject({ voice: { name: 'Daniel' } });
  });

  it('uses the voice the reader chose for the language, local or not, while it exists', () => {
    expect(chooseVoice(arabic, 'ar-EG', 'uri:Google Arabic')).toMatchObject({ voice: { name: 'Google Arabic' } });
    expect(chooseVoice(arabic, 'ar', 'uri:Maged')).toMatchObject({ voice: { name: 'Maged' } });
    // A remembered voice of another language, or one gone, does not count.
    expect(chooseVoice([...english, ...arabic], 'ar', 'uri:Alex')).toMatchObject({ voice: { name: 'Maged' } });
    expect(chooseVoice(arabic, 'ar-EG', 'uri:Gone')).toMatchObject({ voice: { name: 'Tarik' } });
  });

  it('without an article language, reads with the default local voice', () => {
    expect(chooseVoice(english, undefined)).toMatchObject({ kind: 'voice', voice: { name: 'Alex' }, language: 'en' });
    expect(chooseVoice([voice('Remote', 'en-US', false)], '')).toEqual({ kind: 'no-voice', language: '' });
  });
});

describe('voice lists and language tags', () => {
  it('lists the voices of a language, local ones first', () => {
    expect(voicesFor([...english, ...arabic], 'ar-EG').map((v) => v.name)).toEqual(['Maged', 'Tarik', 'Google Arabic']);
    expect(voicesFor(english, 'xx-')).toEqual([]);
  });

  it('normalises tags', () => {
    expect(normalizeLang('ar_EG')).toBe('ar-eg');
    expect(normalizeLang('not a tag')).toBe('');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage(undefined)).toBe('');
  });
});
