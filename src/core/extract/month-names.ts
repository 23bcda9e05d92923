// Month names as news pages print them, in the languages news is written in, as data: the
// nominative and genitive forms, full and short (Russian "марта", Polish "marca", Czech
// "března"), and the Arabic names of both the Egyptian/Gulf and the Levantine calendars.

const BY_LANGUAGE: readonly (readonly string[])[] = [
  // en
  [
    'january|jan',
    'february|feb',
    'march|mar',
    'april|apr',
    'may',
    'june|jun',
    'july|jul',
    'august|aug',
    'september|sept|sep',
    'october|oct',
    'november|nov',
    'december|dec',
  ],
  // fr
  [
    'janvier|janv',
    'février|fevrier|févr|fevr',
    'mars',
    'avril|avr',
    'mai',
    'juin',
    'juillet|juil',
    'août|aout',
    'septembre',
    'octobre',
    'novembre',
    'décembre|decembre|déc',
  ],
  // es
  ['enero|ene', 'febrero', 'marzo', 'abril|abr', 'mayo', 'junio', 'julio', 'agosto|ago', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre|dic'],
  // pt
  ['janeiro', 'fevereiro|fev', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro|set', 'outubro|out', 'novembro', 'dezembro|dez'],
  // de
  ['januar|jänner|jan', 'februar|feb', 'märz|maerz|mär', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober|okt', 'november', 'dezember|dez'],
  // it
  ['gennaio|gen', 'febbraio', 'marzo', 'aprile', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto', 'settembre', 'ottobre|ott', 'novembre', 'dicembre'],
  // nl, sv, no, da
  [
    'januari|januar',
    'februari|februar',
    'maart|mars|marts',
    'april',
    'mei|maj',
    'juni',
    'juli',
    'augustus|augusti',
    'september',
    'oktober',
    'november',
    'december|desember',
  ],
  // ru (nominative and genitive)
  [
    'январь|января|янв',
    'февраль|февраля|фев',
    'март|марта',
    'апрель|апреля|апр',
    'май|мая',
    'июнь|июня',
    'июль|июля',
    'август|августа|авг',
    'сентябрь|сентября|сен',
    'октябрь|октября|окт',
    'ноябрь|ноября|нояб',
    'декабрь|декабря|дек',
  ],
  // uk
  [
    'січень|січня',
    'лютий|лютого',
    'березень|березня',
    'квітень|квітня',
    'травень|травня',
    'червень|червня',
    'липень|липня',
    'серпень|серпня',
    'вересень|вересня',
    'жовтень|жовтня',
    'листопад|листопада',
    'грудень|грудня',
  ],
  // pl (genitive), cs (genitive)
  [
    'stycznia|styczeń|ledna|leden',
    'lutego|luty|února|únor',
    'marca|marzec|března|březen',
    'kwietnia|kwiecień|dubna|duben',
    'maja|maj|května|květen',
    'czerwca|czerwiec|června|červen',
    'lipca|lipiec|července|červenec',
    'sierpnia|sierpień|srpna|srpen',
    'września|wrzesień|září',
    'października|październik|října|říjen',
    'listopada|listopad|listopadu',
    'grudnia|grudzień|prosince|prosinec',
  ],
  // tr
  ['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik'],
  // id, ms
  ['januari', 'februari', 'maret|mac', 'april', 'mei', 'juni|jun', 'juli|julai', 'agustus|ogos', 'september', 'oktober', 'november', 'desember|disember'],
  // ar (Egypt, Gulf, Maghreb) and ar (Levant, Iraq)
  [
    'يناير|جانفي',
    'فبراير|فيفري',
    'مارس',
    'أبريل|ابريل|إبريل|أفريل',
    'مايو|ماي',
    'يونيو|يونيه|جوان',
    'يوليو|يوليه|جويلية',
    'أغسطس|اغسطس|أوت',
    'سبتمبر',
    'أكتوبر|اكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
  ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  // fa (the Gregorian months, as Persian sites print them beside the solar date)
  ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه|می', 'ژوئن', 'ژوئیه|جولای', 'اوت|آگوست', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  // ur
  ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
];

/** Lower-case month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  BY_LANGUAGE.flatMap((months) => months.flatMap((names, index) => names.split('|').map((name) => [name, index + 1] as [string, number]))),
);

/** One alternation of every month name, longest first (so "märz" wins over "mär"). */
export const MONTH_PATTERN = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
