// Sentence splitting for Listen: each sentence is one utterance, so a wrong split is heard as a
// pause in the middle of a sentence (or a run-on of two), and offsets drive the highlight.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ui/listen/sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits English at . ! ? and keeps numbers, URLs and abbreviations whole', () => {
    expect(texts('Prices rose 3.5 percent in May. Why? Dr. Smith of the U.S. Treasury said so, e.g. in a note at https://example.com/a.html today!')).toEqual([
      'Prices rose 3.5 percent in May.',
      'Why?',
      'Dr. Smith of the U.S. Treasury said so, e.g. in a note at https://example.com/a.html today!',
    ]);
  });

  it('keeps initials, decimals with commas, and quotes closing a sentence', () => {
    expect(texts('J. R. R. Tolkien wrote it. "Is it 1,000.25?" she asked. Mr. Brown left at 5 p.m. on Friday.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      '"Is it 1,000.25?" she asked.',
      'Mr. Brown left at 5 p.m. on Friday.',
    ]);
  });

  it('splits Arabic at ؟ ۔ . and ! and keeps Arabic decimals', () => {
    expect(texts('وصل الرئيس إلى بكين. هل ستتغير الأسعار؟ ارتفع المؤشر 2.5 بالمئة۔ انتهى!')).toEqual([
      'وصل الرئيس إلى بكين.',
      'هل ستتغير الأسعار؟',
      'ارتفع المؤشر 2.5 بالمئة۔',
      'انتهى!',
    ]);
  });

  it('splits Chinese at 。！？ without spaces', () => {
    expect(texts('普京抵达北京。他会见了习近平！会谈结果如何？尚不清楚')).toEqual(['普京抵达北京。', '他会见了习近平！', '会谈结果如何？', '尚不清楚']);
  });

  it('gives offsets into the original text and collapses whitespace in what is spoken', () => {
    const text = '  First  one.\n Second. ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second.']);
    expect(sentences.map((s) => text.slice(s.start, s.end).trim())).toEqual(['First  one.', 'Second.']);
  });

  it('returns nothing for blank text and one sentence for text without a mark', () => {
    expect(texts(' \n ')).toEqual([]);
    expect(texts('No full stop here')).toEqual(['No full stop here']);
  });

  it('splits a long paragraph quickly', () => {
    const paragraph = 'The council met on Tuesday and voted 7 to 2 for the plan. '.repeat(2000);
    const started = performance.now();
    expect(splitSentences(paragraph)).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
