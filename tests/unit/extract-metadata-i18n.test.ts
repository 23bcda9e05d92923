// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/core/extract';
import { isBylineLine } from '../../src/core/extract/byline-words';
import { parseLocalDate } from '../../src/core/extract/local-dates';

// Bylines introduced by the language's own word, and dates printed in the page's language, on
// pages that give no machine-readable author or date.

describe('dates printed in the page’s language', () => {
  test.each([
    ['en', 'Posted on March 15, 2024 at 9:12 am', '2024-03-15'],
    ['en-GB', 'Published 15 March 2024', '2024-03-15'],
    ['fr', 'Publié le 15 mars 2024 à 09h12', '2024-03-15'],
    ['es', 'Actualizado el 15 de marzo de 2024', '2024-03-15'],
    ['pt', 'Publicado em 15 de março de 2024', '2024-03-15'],
    ['de', 'Veröffentlicht am 3. März 2024, 14:05 Uhr', '2024-03-03'],
    ['it', '15 maggio 2024', '2024-05-15'],
    ['ru', '15 марта 2024 г., 12:30', '2024-03-15'],
    ['tr', '15 Mart 2024 Cuma', '2024-03-15'],
    ['ar', 'الجمعة ١٥ مارس ٢٠٢٤', '2024-03-15'],
    ['ar', '15 آذار 2024', '2024-03-15'],
    ['fa', '۱۵ مارس ۲۰۲۴', '2024-03-15'],
    ['ur', '15 مارچ 2024', '2024-03-15'],
    ['zh', '2024年3月15日 09:30', '2024-03-15'],
    ['ko', '2024년 3월 15일', '2024-03-15'],
    ['de', '15.03.2024 | 10:00', '2024-03-15'],
    ['en-US', '03/04/2024', '2024-03-04'],
    ['fr', '03/04/2024', '2024-04-03'],
  ])('%s: %s', (lang, text, iso) => expect(parseLocalDate(text, lang)).toBe(iso));

  test('no date, or an impossible one', () => {
    expect(parseLocalDate('5 minutes ago')).toBeUndefined();
    expect(parseLocalDate('31 février 2024', 'fr')).toBeUndefined();
    expect(parseLocalDate('Chapter 12 of 2000 pages')).toBeUndefined();
  });
});

describe('bylines in the page’s language', () => {
  test.each([
    'By Jane Doe',
    'Von Max Muster',
    'Par Jean Dupont',
    'Por María López',
    'Di Marco Rossi',
    'Door Jan Jansen',
    'Автор: Иван Петров',
    'Yazar: Ayşe Yılmaz',
    'بقلم محمد علي',
    'كتب: أحمد حسن',
    'نویسنده: مریم احمدی',
    'تحریر: علی خان',
  ])('byline line: %s', (line) => expect(isBylineLine(line)).toBe(true));

  test.each(['by the river the town council met', 'Von allen Seiten kam Kritik an dem Plan'])('not a byline: %s', (line) => {
    // Lower case after "by", or a sentence: only short lines that are a label and a name count.
    if (isBylineLine(line)) expect(line.length).toBeGreaterThan(40);
  });

  const STORY = [
    'Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, die Brücke an der Elmstraße für Reparaturen zu sperren.',
    'Die Ingenieure erklärten, das Bauwerk aus dem Jahr 1931 habe seit der letzten Prüfung ein Drittel seiner Tragfähigkeit verloren.',
  ];

  test('a leading byline line is the byline and leaves the text (German)', () => {
    const html = `<html lang="de"><head><title>Brücke wird gesperrt</title></head><body><div id="story"><p>Von Max Muster</p>${STORY.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`;
    const article = extract(parseHTML(html).document as unknown as Document, { url: 'https://zeitung.example/brücke' });
    expect(article?.byline).toBe('Max Muster');
    expect(article?.text).toBe(STORY.join('\n\n'));
  });

  test('an Arabic byline box, and a date printed in Arabic', () => {
    const lines = [
      'قرر مجلس المدينة يوم الثلاثاء إغلاق الجسر القديم لإجراء إصلاحات عاجلة بعد تقرير المهندسين.',
      'وقال المهندسون إن الجسر فقد ثلث قدرته على التحمل منذ آخر فحص قبل عامين.',
      'ومن المتوقع أن تستمر أعمال الصيانة ستة أشهر على الأقل، وستعلن البلدية عن طرق بديلة للسيارات.',
    ];
    const html = `<html lang="ar" dir="rtl"><head><title>إغلاق الجسر</title></head><body><div class="post"><div class="post-meta"><span class="author">بقلم: محمد علي</span> <span class="date">الجمعة ١٥ مارس ٢٠٢٤</span></div><div class="entry">${lines.map((line) => `<p>${line}</p>`).join('')}</div></div></body></html>`;
    const article = extract(parseHTML(html).document as unknown as Document, { url: 'https://akhbar.example/jisr' });
    expect(article?.byline).toBe('محمد علي');
    expect(article?.published).toBe('2024-03-15');
    expect(article?.dir).toBe('rtl');
  });
});
