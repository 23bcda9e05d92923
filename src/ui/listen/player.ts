import { splitSentences, type Sentence } from './sentences';
import type { SpeechBlock } from './plan';

// Reads a list of blocks aloud through speechSynthesis, one sentence per utterance, the next
// one spoken when the last ends. Pause cancels and resumes from the start of the sentence:
// speechSynthesis.pause() is unreliable across engines (some ignore it, some stop for good).
// Errors from the engine become the `error` state with its message; nothing is thrown.
// The engine and the utterance are injected so unit tests run without a browser.

export type PlayerStatus = 'idle' | 'playing' | 'paused' | 'error';

export interface PlayerState {
  status: PlayerStatus;
  /** The block and sentence being read (or to resume from); -1 when idle. */
  block: number;
  sentence: Sentence | null;
  /** The engine's error code, when status is 'error'. */
  error?: string;
}

export interface SpeechEngine {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export interface PlayerOptions {
  engine: SpeechEngine;
  makeUtterance: (text: string) => SpeechSynthesisUtterance;
  onChange: (state: PlayerState) => void;
}

export const RATE_MIN = 0.5;
export const RATE_MAX = 2;

export class SpeechPlayer {
  private blocks: SpeechBlock[] = [];
  private sentences: Sentence[] = [];
  private blockIndex = -1;
  private sentenceIndex = 0;
  private current: SpeechSynthesisUtterance | null = null;
  private status: PlayerStatus = 'idle';
  private error: string | undefined;
  private voice: SpeechSynthesisVoice | null = null;
  private lang = '';
  private rate = 1;

  constructor(private readonly options: PlayerOptions) {}

  get state(): PlayerState {
    const sentence = this.blockIndex >= 0 ? (this.sentences[this.sentenceIndex] ?? null) : null;
    return { status: this.status, block: this.blockIndex, sentence, error: this.error };
  }

  /** The voice and language of the next utterances; a change applies from the current sentence. */
  setVoice(voice: SpeechSynthesisVoice | null, lang: string): void {
    this.voice = voice;
    this.lang = lang;
    this.restartSentence();
  }

  setRate(rate: number): void {
    this.rate = Math.min(RATE_MAX, Math.max(RATE_MIN, Number.isFinite(rate) ? rate : 1));
    this.restartSentence();
  }

  /** Starts reading `blocks` from block `from`. */
  play(blocks: SpeechBlock[], from = 0): void {
    this.blocks = blocks;
    this.enterBlock(Math.max(0, Math.min(from, blocks.length - 1)));
    this.status = 'playing';
    this.error = undefined;
    this.speakCurrent();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.setStatus('paused');
  }

  resume(): void {
    if (this.status !== 'paused' && this.status !== 'error') return;
    if (this.blockIndex < 0) return;
    this.status = 'playing';
    this.error = undefined;
    this.speakCurrent();
  }

  stop(): void {
    this.silence();
    this.blockIndex = -1;
    this.sentences = [];
    this.error = undefined;
    this.setStatus('idle');
  }

  /** Moves by whole blocks (paragraphs); keeps playing or paused as it was. */
  skip(by: number): void {
    if (this.blockIndex < 0) return;
    const target = Math.max(0, Math.min(this.blockIndex + by, this.blocks.length - 1));
    this.silence();
    this.enterBlock(target);
    if (this.status === 'playing') this.speakCurrent();
    else this.emit();
  }

  private enterBlock(index: number): void {
    this.blockIndex = index;
    this.sentenceIndex = 0;
    // Split only the block being read: planning never waits on the whole article.
    this.sentences = splitSentences(this.blocks[index]?.text ?? '');
  }

  private speakCurrent(): void {
    while (this.sentenceIndex >= this.sentences.length) {
      if (this.blockIndex + 1 >= this.blocks.length) {
        this.stop();
        return;
      }
      this.enterBlock(this.blockIndex + 1);
    }
    const sentence = this.sentences[this.sentenceIndex];
    const utterance = this.options.makeUtterance(sentence.text);
    utterance.lang = this.lang;
    utterance.rate = this.rate;
    if (this.voice) utterance.voice = this.voice;
    utterance.onend = () => {
      if (utterance !== this.current) return;
      this.current = null;
      this.sentenceIndex++;
      this.speakCurrent();
    };
    utterance.onerror = (event) => {
      if (utterance !== this.current) return;
      this.current = null;
      // Our own cancel() reports 'interrupted' or 'canceled' on some engines: not an error.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      this.error = event.error || 'unknown';
      this.setStatus('error');
    };
    this.current = utterance;
    this.emit();
    try {
      this.options.engine.speak(utterance);
    } catch (error) {
      this.current = null;
      this.error = error instanceof Error ? error.message : String(error);
      this.setStatus('error');
    }
  }

  private restartSentence(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.speakCurrent();
  }

  /** Cancels the utterance in flight; its late events are ignored (it is no longer current). */
  private silence(): void {
    this.current = null;
    try {
      this.options.engine.cancel();
    } catch {
      // An engine that cannot cancel has nothing to cancel.
    }
  }

  private setStatus(status: PlayerStatus): void {
    this.status = status;
    this.emit();
  }

  private emit(): void {
    this.options.onChange(this.state);
  }
}
