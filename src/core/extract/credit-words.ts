// The vocabulary of photo credits in the languages news is written in, as data: agencies and
// picture services, and the labels that introduce a credit ("Photo:", "Foto:", "Фото:", "عکس:").

/** News and picture agencies, as captions print them (Latin, Cyrillic, Arabic, Persian, Urdu). */
export const AGENCIES: readonly string[] = [
  // International
  'Reuters', 'REUTERS', 'AP', 'AP Photo', 'AFP', 'Getty Images', 'Getty', 'GETTY', 'EPA', 'EPA-EFE', 'EFE', 'Pool', 'POOL',
  'File', 'FILE', 'Sputnik', 'SPUTNIK', 'Bloomberg', 'Xinhua', 'XINHUA', 'Anadolu', 'Anadolu Agency', 'VCG', 'TASS',
  'Shutterstock', 'dpa', 'DPA', 'Kyodo', 'Yonhap', 'ANSA', 'ZUMA', 'NurPhoto', 'SOPA Images', 'Handout', 'HANDOUT',
  'Imagn', 'Alamy', 'iStock', 'IANS', 'PTI', 'ANI', 'WAM', 'SPA', 'QNA', 'KUNA', 'SANA', 'MENA', 'IRNA', 'ISNA',
  // French, Spanish, Portuguese, Italian
  'MAXPPP', 'Sipa', 'SIPA', 'Belga', 'ABACA', 'Hans Lucas', 'Europa Press', 'Cordon Press', 'Lusa', 'LUSA',
  'Agência Brasil', 'Folhapress', 'Estadão Conteúdo', 'Reprodução', 'Divulgação', 'Notimex', 'Télam', 'LaPresse', 'Agf',
  // German
  'picture alliance', 'picture-alliance', 'Imago', 'IMAGO', 'KEYSTONE', 'Keystone', 'APA', 'ddp', 'epd', 'KNA', 'Archiv',
  // Russian, Ukrainian
  'ТАСС', 'РИА Новости', 'Интерфакс', 'Спутник', 'Global Look Press', 'Коммерсантъ', 'УНИАН', 'Укрінформ',
  // Turkish
  'AA', 'DHA', 'İHA', 'Anadolu Ajansı', 'Depo Photos',
  // Arabic
  'رويترز', 'فرانس برس', 'أ ف ب', 'أ.ف.ب', 'الأناضول', 'أسوشيتد برس', 'أسوشيتدبرس', 'غيتي', 'د ب أ', 'إفي', 'وام', 'واس', 'سانا', 'قنا', 'كونا',
  'أرشيفية', 'ارشيفية', 'أرشيف',
  // Persian
  'ایرنا', 'ایسنا', 'فارس', 'تسنیم', 'مهر', 'خبرگزاری', 'آرشیو',
  // Urdu
  'اے ایف پی', 'رائٹرز', 'اے پی', 'فائل فوٹو', 'آن لائن',
];

/**
 * Labels that open a credit, with ":" or the language's "by": Photo, Foto, Bild, Bildquelle,
 * Fotografía, Imagem, Crédit(o), Фото, Fotoğraf, Görsel, صورة, تصوير, عکس, تصویر, فوٹو.
 */
export const CREDIT_LABEL_WORDS: readonly string[] = [
  'photo(?:graph)?s?', 'photo credit', 'pictures?', 'images?', 'credits?', 'courtesy(?: of)?',
  'fotos?', 'fotografía', 'fotografia', 'imagen', 'imagem', 'crédits?(?: photo)?', 'crédito',
  'bild', 'bilder', 'bildquelle', 'fotograf(?:in)?',
  'фото(?:графия)?', 'источник фото', 'fotoğraf', 'görsel',
  'صورة', 'الصورة', 'تصوير', 'عکس', 'تصویر', 'عکاس', 'فوٹو',
];

/** "by" after a label: "Photo by", "Foto von", "Photo de", "Foto de", "عکس از". */
export const CREDIT_BY = ['by', 'von', 'de', 'di', 'por', 'par', 'از'];

/** Small words a credit line may hold in lower case ("Getty Images for Netflix", "via Reuters"). */
export const CREDIT_CONNECTORS = new Set(['via', 'for', 'and', 'by', 'de', 'del', 'da', 'do', 'di', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'für', 'pour', 'para', 'per', 'et', 'y', 'e', 'und', 'photo', 'foto']);
