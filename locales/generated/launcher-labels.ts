// Do not modify this file by hand: scripts/localize.mjs writes it from locales/xliff (message s9f37a1df4a880557).

/** The launcher's "Chat with us" in every locale, sorted by tag: what the loader shows before the widget loads. */
export const launcherLabels: Readonly<Record<string, string>> = {
  "ar": "الدردشة معنا",
  "de": "Chatten Sie mit uns",
  "en": "Chat with us",
  "es": "Chatea con nosotros",
  "fa": "گفت‌وگو با ما",
  "fr": "Discuter avec nous",
  "he": "צ׳אט איתנו",
  "id": "Chat dengan kami",
  "it": "Chatta con noi",
  "ja": "チャットでお問い合わせ",
  "ko": "채팅 상담",
  "nl": "Chat met ons",
  "pl": "Czatuj z nami",
  "pt-BR": "Fale com a gente",
  "ru": "Напишите нам",
  "th": "แชทกับเรา",
  "tr": "Bize yazın",
  "vi": "Trò chuyện với chúng tôi",
  "zh-Hans": "在线咨询"
};
