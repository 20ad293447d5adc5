/**
 * Saying a person is not needed or not wanted ("I don't want to talk to an agent", "ไม่ต้องต่อแอดมิน"). Each
 * language's `notNeeded` cues (added in `index.ts`): in the clause of a person and an asking word, they cancel
 * the request the engine would read there.
 */
export const NOT_NEEDED: Readonly<Record<string, readonly string[]>> = {
  en: ['already talked', 'already spoke', 'already chatted', 'dont want', 'do not want', 'dont need', 'do not need', 'no need', 'not necessary', 'dont connect', 'dont transfer', 'no thanks'],
  es: ['no quiero', 'no necesito', 'no hace falta', 'no es necesario', 'sin necesidad'],
  fr: ['ne veux pas', 'veux pas', 'pas besoin', 'pas la peine', 'inutile', 'pas necessaire'],
  de: ['will nicht', 'mochte nicht', 'brauche kein*', 'nicht notig', 'nicht verbinden', 'nicht weiterleiten'],
  'pt-BR': ['nao quero', 'nao preciso', 'nao precisa', 'sem precisar', 'nao e necessario'],
  it: ['non voglio', 'non serve', 'non ho bisogno', 'non c e bisogno', 'non occorre', 'non e necessario'],
  nl: ['wil geen', 'hoef geen', 'hoeft niet', 'niet nodig', 'geen ... nodig'],
  pl: ['nie chce', 'nie potrzebuje', 'nie trzeba', 'nie musze', 'nie musicie'],
  ru: ['не нужно', 'не нужен', 'не нужна', 'не надо', 'не хочу', 'не обязательно'],
  tr: ['istemiyorum', 'gerek yok', 'gerekmez', 'baglamayin', 'baglamaniza gerek'],
  ar: ['مش محتاج', 'مو محتاج', 'ما احتاج', 'لا احتاج', 'ما ابي', 'ما ابغى', 'مش عايز', 'لا داعي', 'مافي داعي', 'ما في داعي', 'بدون'],
  he: ['לא צריך', 'לא צריכה', 'לא רוצה', 'אין צורך'],
  fa: ['نمیخوام', 'نمیخواهم', 'لازم نیست', 'نیازی نیست', 'نیاز نیست'],
  'zh-Hans': ['不用', '不需要', '不要转', '不想'],
  ja: ['なくて大丈夫', 'なくていい', 'なくても', '結構です', '不要です', '不要なので', 'いりません', '大丈夫です'],
  ko: ['괜찮', '필요 없', '필요없', '안 해도', '안해도', '원하지 않'],
  id: ['ga usah', 'gak usah', 'nggak usah', 'ngga usah', 'tidak usah', 'gausah', 'gk usah', 'tidak perlu', 'ga perlu', 'gak perlu', 'nggak perlu', 'ga mau', 'gak mau', 'tidak mau'],
  th: ['ไม่ต้อง', 'ไม่จำเป็น', 'ไม่อยาก'],
  vi: ['đã nói chuyện', 'nói chuyện với nhân viên rồi', 'đã gặp nhân viên', 'đã liên hệ', 'không cần', 'ko cần', 'k cần', 'không muốn', 'ko muốn'],
};
