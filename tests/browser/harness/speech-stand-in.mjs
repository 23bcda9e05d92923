// @ts-check
// A scripted stand-in for speechSynthesis, installed before a page's scripts
// (page.addInitScript). It records every call (speak: text, lang, rate, voice; cancel; pause;
// resume) in window.__speech.log and on the BroadcastChannel 'broadsheet-speech-test' (so a
// test still hears a page that was closed), and plays each utterance on a timer: start, one
// word boundary, end after `ms` milliseconds. With ms = 0 nothing ends by itself: the test calls
// window.__speech.finish() to end the utterance being spoken.

/**
 * @typedef {{ name: string, lang: string, localService: boolean, default?: boolean }} StandInVoice
 * @typedef {{ voices: StandInVoice[], ms: number }} StandInOptions
 */

/** @param {StandInOptions} options */
export function installSpeechStandIn({ voices, ms }) {
  const channel = new BroadcastChannel('broadsheet-speech-test');
  /** @type {any[]} */
  const log = [];
  /** @param {any} entry */
  const record = (entry) => {
    log.push(entry);
    channel.postMessage(entry);
  };
  const voiceObjects = voices.map((voice) => Object.freeze({ default: false, ...voice, voiceURI: `stand-in:${voice.name}` }));

  class Utterance extends EventTarget {
    /** @param {string} text */
    constructor(text = '') {
      super();
      this.text = text;
      this.lang = '';
      this.rate = 1;
      this.pitch = 1;
      this.volume = 1;
      /** @type {any} */
      this.voice = null;
      /** @type {any} */
      this.onstart = null;
      /** @type {any} */
      this.onend = null;
      /** @type {any} */
      this.onerror = null;
      /** @type {any} */
      this.onboundary = null;
    }
  }

  /** @type {Utterance | null} */
  let current = null;
  /** @type {number[]} */
  let timers = [];
  /** @param {Utterance} utterance @param {string} type @param {object} [extra] */
  const fire = (utterance, type, extra = {}) => {
    const event = Object.assign(new Event(type), { utterance, charIndex: 0, elapsedTime: 0, name: 'word' }, extra);
    utterance[/** @type {'onend'} */ (`on${type}`)]?.(event);
    utterance.dispatchEvent(event);
  };
  const finish = () => {
    const utterance = current;
    if (!utterance) return false;
    timers.forEach(clearTimeout);
    timers = [];
    current = null;
    synth.speaking = false;
    fire(utterance, 'end');
    return true;
  };

  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    paused: false,
    pending: false,
    onvoiceschanged: null,
    getVoices: () => voiceObjects.slice(),
    /** @param {Utterance} utterance */
    speak(utterance) {
      record({ type: 'speak', text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name ?? null, at: performance.now() });
      current = utterance;
      synth.speaking = true;
      timers.push(window.setTimeout(() => fire(utterance, 'start'), 1));
      timers.push(window.setTimeout(() => fire(utterance, 'boundary', { charIndex: 0 }), 2));
      if (ms > 0) timers.push(window.setTimeout(finish, ms));
    },
    cancel() {
      record({ type: 'cancel' });
      const utterance = current;
      timers.forEach(clearTimeout);
      timers = [];
      current = null;
      synth.speaking = false;
      // Chromium reports a cancelled utterance as an 'interrupted' error.
      if (utterance) fire(utterance, 'error', { error: 'interrupted' });
    },
    pause() {
      record({ type: 'pause' });
      synth.paused = true;
    },
    resume() {
      record({ type: 'resume' });
      synth.paused = false;
    },
  });

  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  Object.defineProperty(window, '__speech', { value: { log, finish, spoken: () => log.filter((e) => e.type === 'speak') } });
}

/** Voices for tests: two local English ones and one that sends the text away. */
export const ENGLISH_VOICES = [
  { name: 'Stand-in English (US)', lang: 'en-US', localService: true, default: true },
  { name: 'Stand-in English (UK)', lang: 'en-GB', localService: true },
  { name: 'Stand-in Cloud English', lang: 'en-US', localService: false },
];
export const ARABIC_VOICE = { name: 'Stand-in Arabic (Egypt)', lang: 'ar-EG', localService: true };
