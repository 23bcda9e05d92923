import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/types';
import type { ListenSettings } from '../../shared/settings-schema';
import { t, uiLocale } from '../../shared/i18n';
import { clearReading, showReading } from './highlight';
import { Icon, type IconName } from './icons';
import { clearNowPlaying, showNowPlaying } from './media-session';
import { blockIndexOf, planSpeech, START_BLOCKS, type SpeechBlock } from './plan';
import { attachReadFromHere } from './read-from-here';
import { SpeechPlayer, type PlayerState } from './player';
import { useVoices } from './use-voices';
import { chooseVoice, primaryLanguage, voicesFor } from './voices';

// The Listen control of the reader toolbar: play/pause, previous and next paragraph, stop,
// speed, voice (voices that send the text away are marked) and "read captions". It reads the
// rendered ArticleView (planSpeech) so what is heard is what is shown, and highlights it.

export const LISTEN_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export interface ListenControlProps {
  article: Article;
  listen: ListenSettings;
  saveListen: (listen: ListenSettings) => void;
  /** The engine; window.speechSynthesis when absent. */
  synth?: SpeechSynthesis;
  /** The rendered article; the page's .bs-article when absent. */
  articleElement?: () => Element | null;
}

const IDLE: PlayerState = { status: 'idle', block: -1, sentence: null };

export function ListenControl({
  article,
  listen,
  saveListen,
  synth = globalThis.speechSynthesis,
  articleElement = () => document.querySelector('.bs-article'),
}: ListenControlProps) {
  const voices = useVoices(synth);
  const [state, setState] = useState<PlayerState>(IDLE);
  const blocks = useRef<SpeechBlock[]>([]);
  const player = useMemo(
    () => (synth ? new SpeechPlayer({ engine: synth, makeUtterance: (text) => new SpeechSynthesisUtterance(text), onChange: setState }) : null),
    [synth],
  );

  const choice = chooseVoice(voices, article.lang, listen.languages[primaryLanguage(article.lang)]?.voice);
  const language = choice.language || primaryLanguage(article.lang);
  const remembered = listen.languages[language];
  const rate = remembered?.rate ?? 1;
  const voice = choice.kind === 'voice' ? choice.voice : null;
  const lang = article.lang || voice?.lang || '';

  // Keyed by voiceURI: Chromium refreshes the voice objects (voiceschanged) without a change
  // that should restart the sentence being read.
  useEffect(() => player?.setVoice(voice, lang), [player, voice?.voiceURI, lang]);
  useEffect(() => player?.setRate(rate), [player, rate]);

  const playing = state.status === 'playing';
  const active = state.status !== 'idle';
  /** Reads from `from` (a block of the article), else from the selection or caret, else from the top. */
  const start = (from?: Element | null) => {
    const root = articleElement();
    if (!player || !root || !voice) return;
    blocks.current = planSpeech(root, { readCaptions: listen.readCaptions });
    const origin = from ?? selectedBlock(root);
    player.play(blocks.current, origin ? Math.max(0, blockIndexOf(blocks.current, origin)) : 0);
  };
  const toggle = () => {
    if (state.status === 'playing') player?.pause();
    else if (state.status === 'idle') start();
    else player?.resume();
  };
  const actions = {
    start,
    play: toggle,
    pause: () => player?.pause(),
    previous: () => player?.skip(-1),
    next: () => player?.skip(1),
    stop: () => player?.stop(),
  };
  const latest = useRef(actions);
  latest.current = actions;

  // Following along, and the system's "now playing".
  useEffect(() => {
    const block = state.block >= 0 ? blocks.current[state.block] : undefined;
    if (block) showReading(block.element, state.sentence);
    else clearReading();
    if (active) showNowPlaying(article.title, article.siteName || hostOf(article.url), playing, proxy(latest));
    else clearNowPlaying();
  }, [state, active, playing, article]);

  // "Read from here" beside the block under the pointer, while a voice can read.
  const canRead = Boolean(player && voice);
  useEffect(() => (canRead ? attachReadFromHere(document, t('listen_from_here'), (block) => latest.current.start(block)) : undefined), [canRead]);

  // Space toggles play when no control has focus; leaving the page stops the voice.
  useEffect(() => {
    if (!player) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
      event.preventDefault();
      latest.current.play();
    };
    const stop = () => player.stop();
    document.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', stop);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', stop);
      player.stop();
      clearReading();
      clearNowPlaying();
    };
  }, [player]);

  // Only what the reader changed is remembered: an untouched voice stays "the default".
  const choose = (patch: { voice?: string; rate?: number }) => {
    if (language) saveListen({ ...listen, languages: { ...listen.languages, [language]: { ...(remembered ?? { rate: 1 }), ...patch } } });
  };
  const listed = voicesFor(voices, article.lang || voice?.lang || '');
  const message = !player
    ? t('listen_unsupported')
    : choice.kind === 'no-voice'
      ? choice.language
        ? t('listen_no_voice', languageName(choice.language))
        : t('listen_no_voice_any')
      : state.status === 'error'
        ? t('listen_error', state.error ?? '')
        : '';
  const number = new Intl.NumberFormat(uiLocale());

  return (
    <fieldset id="listen" class="bs-listen" data-status={state.status}>
      <legend class="bs-listen-legend">{t('listen_group')}</legend>
      {/* Media controls keep their left-to-right order in every language, as players do. */}
      <span class="bs-listen-transport" dir="ltr">
        <TransportButton id="previous" label={t('listen_previous')} icon="previous" disabled={!active} onClick={actions.previous} />
        <TransportButton
          id="play"
          label={playing ? t('listen_pause') : t('listen_play')}
          icon={playing ? 'pause' : 'play'}
          disabled={!player || (!voice && !active)}
          onClick={toggle}
        />
        <TransportButton id="next" label={t('listen_next')} icon="next" disabled={!active} onClick={actions.next} />
        <TransportButton id="stop" label={t('listen_stop')} icon="stop" disabled={!active} onClick={actions.stop} />
      </span>
      <label class="bs-listen-field">
        <span class="bs-listen-label">{t('listen_speed')}</span>
        <select id="listen-rate" value={String(rate)} disabled={!player} onChange={(event) => choose({ rate: Number(event.currentTarget.value) })}>
          {LISTEN_RATES.map((value) => (
            <option key={value} value={String(value)}>
              {t('listen_rate', number.format(value))}
            </option>
          ))}
        </select>
      </label>
      {listed.length > 0 && (
        <label class="bs-listen-field">
          <span class="bs-listen-label">{t('listen_voice')}</span>
          <select id="listen-voice" value={voice?.voiceURI ?? ''} onChange={(event) => choose({ voice: event.currentTarget.value })}>
            {!voice && <option value="">{t('listen_voice_choose')}</option>}
            {listed.map((option) => (
              <option key={option.voiceURI} value={option.voiceURI} data-local={String(option.localService)}>
                {option.localService ? option.name : t('listen_voice_remote', option.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="bs-listen-field bs-listen-check">
        <input
          id="listen-captions"
          type="checkbox"
          checked={listen.readCaptions}
          onChange={(event) => saveListen({ ...listen, readCaptions: event.currentTarget.checked })}
        />
        <span>{t('listen_read_captions')}</span>
      </label>
      {message && (
        <p id="listen-message" class="bs-listen-message" role="status">
          {message}
        </p>
      )}
    </fieldset>
  );
}

const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [tabindex]:not([tabindex="-1"])';

/** The block holding the selection or the caret (caret browsing), if it is in the article. */
function selectedBlock(root: Element): Element | null {
  const node = root.ownerDocument.getSelection()?.anchorNode;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element && root.contains(element) ? element.closest(START_BLOCKS) : null;
}

/** Handlers that always call the latest actions (MediaSession keeps what it was given). */
function proxy(latest: { current: Record<'play' | 'pause' | 'previous' | 'next' | 'stop', () => void> }) {
  return {
    play: () => latest.current.play(),
    pause: () => latest.current.pause(),
    previous: () => latest.current.previous(),
    next: () => latest.current.next(),
    stop: () => latest.current.stop(),
  };
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

interface TransportButtonProps {
  id: 'previous' | 'play' | 'next' | 'stop';
  label: string;
  icon: IconName;
  disabled: boolean;
  onClick: () => void;
}

/** One media control: an icon button named by its label (spoken and shown as a tooltip). */
function TransportButton({ id, label, icon, disabled, onClick }: TransportButtonProps) {
  return (
    <button
      id={`listen-${id}`}
      type="button"
      class={id === 'play' ? 'bs-button-quiet bs-listen-button bs-listen-play' : 'bs-button-quiet bs-listen-button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
