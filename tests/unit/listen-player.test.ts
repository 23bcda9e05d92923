// The Listen player over a scripted engine: one utterance per sentence, in order, the next on
// `end`; pause, resume, skip, rate and stop; engine errors become a state, never a throw.
import { describe, expect, it } from 'vitest';
import type { SpeechBlock } from '../../src/ui/listen/plan';
import { SpeechPlayer, type PlayerState } from '../../src/ui/listen/player';

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function setup(texts: string[]) {
  const spoken: FakeUtterance[] = [];
  let cancels = 0;
  const states: PlayerState[] = [];
  const engine = {
    speak: (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance as unknown as FakeUtterance),
    cancel: () => void cancels++,
  };
  const player = new SpeechPlayer({
    engine,
    makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
    onChange: (state) => states.push(state),
  });
  const blocks: SpeechBlock[] = texts.map((text) => ({ element: { id: text } as unknown as Element, text }));
  const last = () => spoken.at(-1)!;
  const finish = () => last().onend?.();
  return { player, blocks, spoken, states, last, finish, cancels: () => cancels };
}

describe('SpeechPlayer', () => {
  it('speaks every sentence of every block in order, one at a time, with the lang and rate', () => {
    const { player, blocks, spoken, finish, states } = setup(['Title', 'One. Two.', 'Three!']);
    player.setVoice(null, 'en-GB');
    player.setRate(1.5);
    player.play(blocks);
    expect(spoken.map((u) => u.text)).toEqual(['Title']);
    finish();
    finish();
    expect(spoken.map((u) => u.text)).toEqual(['Title', 'One.', 'Two.']);
    expect(player.state).toMatchObject({ status: 'playing', block: 1, sentence: { text: 'Two.' } });
    finish();
    finish();
    expect(spoken.map((u) => [u.text, u.lang, u.rate])).toEqual([
      ['Title', 'en-GB', 1.5],
      ['One.', 'en-GB', 1.5],
      ['Two.', 'en-GB', 1.5],
      ['Three!', 'en-GB', 1.5],
    ]);
    expect(states.at(-1)).toMatchObject({ status: 'idle', block: -1 });
  });

  it('pauses, resumes from the start of the sentence, and ignores the cancelled utterance', () => {
    const { player, blocks, spoken, last } = setup(['One. Two.']);
    player.play(blocks);
    last().onend?.();
    const interrupted = last();
    player.pause();
    expect(player.state.status).toBe('paused');
    interrupted.onerror?.({ error: 'interrupted' });
    interrupted.onend?.();
    expect(player.state).toMatchObject({ status: 'paused', sentence: { text: 'Two.' } });
    player.resume();
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Two.']);
  });

  it('moves to the previous and next block, and starts from any block', () => {
    const { player, blocks, spoken } = setup(['A.', 'B.', 'C.']);
    player.play(blocks, 1);
    player.skip(1);
    player.skip(1);
    player.skip(-2);
    expect(spoken.map((u) => u.text)).toEqual(['B.', 'C.', 'C.', 'A.']);
    player.pause();
    player.skip(1);
    expect(spoken).toHaveLength(4);
    expect(player.state).toMatchObject({ status: 'paused', block: 1 });
  });

  it('turns an engine error into a message state and can resume after it', () => {
    const { player, blocks, last, spoken } = setup(['One.']);
    player.play(blocks);
    expect(() => last().onerror?.({ error: 'synthesis-failed' })).not.toThrow();
    expect(player.state).toMatchObject({ status: 'error', error: 'synthesis-failed' });
    player.resume();
    expect(spoken).toHaveLength(2);
  });

  it('turns a throwing engine into an error state', () => {
    const { player, blocks } = setup(['One.']);
    const throwing = new SpeechPlayer({
      engine: {
        speak: () => {
          throw new Error('not allowed');
        },
        cancel: () => {},
      },
      makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
      onChange: () => {},
    });
    expect(() => throwing.play(blocks)).not.toThrow();
    expect(throwing.state).toMatchObject({ status: 'error', error: 'not allowed' });
    player.stop();
  });

  it('clamps the rate to 0.5–2 and applies a change from the current sentence', () => {
    const { player, blocks, spoken } = setup(['One.']);
    player.play(blocks);
    player.setRate(5);
    player.setRate(0.1);
    expect(spoken.map((u) => u.rate)).toEqual([1, 2, 0.5]);
  });

  it('stops: cancels the engine and forgets the position', () => {
    const { player, blocks, cancels } = setup(['One.']);
    player.play(blocks);
    player.stop();
    expect(cancels()).toBeGreaterThan(0);
    expect(player.state).toEqual({ status: 'idle', block: -1, sentence: null, error: undefined });
  });
});
