import { describe, expect, test } from 'vitest';
import { cleanCredit, isCreditLike, splitCaptionCredit } from '../../src/core/extract/credit';

// Captions and credits in the languages news is written in: a credit line on its own (with the
// language's label or an agency), and a caption that ends with its credit in parentheses, which
// is split, never taken whole as the credit.

const cases: Array<{ lang: string; credit: string; cleaned: string; caption: string; agency: string }> = [
  {
    lang: 'English',
    credit: 'Photo by Jane Doe/Getty Images',
    cleaned: 'Jane Doe/Getty Images',
    caption: 'Workers inspect the pipes at the plant',
    agency: 'Reuters',
  },
  { lang: 'Arabic', credit: 'تصوير: أحمد حسن/رويترز', cleaned: 'أحمد حسن/رويترز', caption: 'عمال يفحصون الأنابيب في المصنع', agency: 'رويترز' },
  {
    lang: 'French',
    credit: 'Crédit photo : Jean Dupont/Hans Lucas',
    cleaned: 'Jean Dupont/Hans Lucas',
    caption: 'Des manifestants défilent à Paris samedi',
    agency: 'AFP',
  },
  { lang: 'Spanish', credit: 'Foto: EFE/Juan Pérez', cleaned: 'EFE/Juan Pérez', caption: 'Vecinos limpian las calles tras la tormenta', agency: 'EFE' },
  {
    lang: 'Portuguese',
    credit: 'Foto: Marcelo Camargo/Agência Brasil',
    cleaned: 'Marcelo Camargo/Agência Brasil',
    caption: 'Moradores observam a enchente em Porto Alegre',
    agency: 'Reprodução',
  },
  { lang: 'German', credit: 'Bild: picture alliance/dpa', cleaned: 'picture alliance/dpa', caption: 'Arbeiter prüfen die Leitungen im Werk', agency: 'dpa' },
  { lang: 'Russian', credit: 'Фото: Сергей Иванов/ТАСС', cleaned: 'Сергей Иванов/ТАСС', caption: 'Рабочие осматривают трубы на заводе', agency: 'ТАСС' },
  { lang: 'Turkish', credit: 'Fotoğraf: AA', cleaned: 'AA', caption: 'İşçiler fabrikada boruları inceliyor', agency: 'AA' },
  { lang: 'Persian', credit: 'عکس: ایرنا', cleaned: 'ایرنا', caption: 'کارگران لوله‌ها را در کارخانه بررسی می‌کنند', agency: 'ایرنا' },
  { lang: 'Urdu', credit: 'تصویر: اے ایف پی', cleaned: 'اے ایف پی', caption: 'مزدور فیکٹری میں پائپوں کا معائنہ کر رہے ہیں', agency: 'رائٹرز' },
];

describe.each(cases)('$lang', ({ credit, cleaned, caption, agency }) => {
  test('a credit line with the language’s label is a credit, label dropped', () => {
    expect(isCreditLike(credit)).toBe(true);
    expect(cleanCredit(credit)).toBe(cleaned);
  });

  test('a short caption ending with a parenthesised agency is split, not taken as a credit', () => {
    const line = `${caption} (${agency})`;
    expect(isCreditLike(line)).toBe(false);
    expect(splitCaptionCredit([line])).toEqual({ caption, credit: agency });
  });

  test('caption and credit on two lines', () => {
    expect(splitCaptionCredit([caption, credit])).toEqual({ caption, credit: cleaned });
  });
});

describe('agency names inside sentences', () => {
  test.each(['A Reuters photographer was injured in the blast', 'Ein dpa-Reporter sprach mit den Anwohnern', 'Le photographe de l’AFP a été blessé'])(
    'not a credit: %s',
    (line) => expect(isCreditLike(line)).toBe(false),
  );

  test.each(['Getty Images for Netflix', '(AFP)', 'U.S. Navy/Handout via Reuters', 'Ahmed Hassan (Reuters)', '(أ ف ب)'])('credit: %s', (line) =>
    expect(isCreditLike(line)).toBe(true),
  );
});

describe('"Courtesy of …" credits keep their words', () => {
  test.each([
    'Courtesy of the Smith family',
    'Photo courtesy of NASA',
    'Cortesía de la familia García',
    "Avec l'aimable autorisation de la mairie",
    'Mit freundlicher Genehmigung von Anna Weber',
  ])('credit: %s', (line) => expect(isCreditLike(line)).toBe(true));

  test('a caption ending with its courtesy line is split, the credit kept whole', () => {
    expect(splitCaptionCredit(['Relatives gather outside the court on Monday. Courtesy of the Smith family'])).toEqual({
      caption: 'Relatives gather outside the court on Monday.',
      credit: 'Courtesy of the Smith family',
    });
  });

  test('a sentence about courtesy is not a credit', () => {
    expect(isCreditLike('Courtesy of the staff made the evening. We will return next year!')).toBe(false);
  });
});
