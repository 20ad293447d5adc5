import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseSites } from '../../src/config/parse-sites.ts';
import type { KnowledgeEntry } from '../../src/config/site-config.ts';
import { answerFor, buildKnowledgeIndex, matchKnowledge, type KnowledgeMatch } from '../../src/logic/knowledge-base.ts';

/** A small shop in eight languages, three of them written without spaces. */
const ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: 'returns',
    questions: {
      en: ['How do I return an item?', 'What is your return policy?', 'I want a refund'],
      de: ['Wie kann ich einen Artikel zurückschicken?', 'Wie sind die Rückgaberegeln?', 'Ich möchte mein Geld zurück'],
      fr: ['Comment retourner un article ?', 'Quelle est votre politique de retour ?', 'Je voudrais être remboursé'],
      es: ['¿Cómo devuelvo un artículo?', '¿Cuál es su política de devoluciones?', 'Quiero un reembolso'],
      ar: ['كيف أرجع منتجا؟', 'ما هي سياسة الإرجاع؟', 'أريد استرداد أموالي'],
      'zh-Hans': ['如何退货？', '退货政策是什么？', '我想退款'],
      ja: ['返品の方法を教えてください', '返品はできますか？', '返金してほしい'],
      th: ['คืนสินค้าได้อย่างไร', 'นโยบายการคืนสินค้า', 'ขอเงินคืน'],
    },
    answers: { en: 'Returns: 30 days.', de: 'Rückgabe: 30 Tage.', 'pt-BR': 'Devoluções: 30 dias.', 'zh-Hans': '30天内可退货。' },
  },
  {
    id: 'shipping',
    questions: {
      en: ['How long does shipping take?', 'How much is shipping?', 'When will my order arrive?'],
      de: ['Wie lange dauert der Versand?', 'Was kostet der Versand?', 'Wann kommt meine Bestellung an?'],
      fr: ['Quels sont les délais de livraison ?', 'Combien coûte la livraison ?', 'Quand vais-je recevoir ma commande ?'],
      es: ['¿Cuánto tarda el envío?', '¿Cuánto cuesta el envío?', '¿Cuándo llegará mi pedido?'],
      ar: ['كم يستغرق الشحن؟', 'كم تكلفة الشحن؟', 'متى سيصل طلبي؟'],
      'zh-Hans': ['运费是多少？', '发货需要多长时间？', '什么时候能收到订单？'],
      ja: ['送料はいくらですか？', '配送にはどのくらいかかりますか？', '注文はいつ届きますか？'],
      th: ['ค่าจัดส่งเท่าไหร่', 'จัดส่งกี่วัน', 'สินค้าจะมาถึงเมื่อไหร่'],
    },
    answers: { en: 'Shipping: 2-5 days.' },
  },
  {
    id: 'payment',
    questions: {
      en: ['What payment methods do you accept?', 'Can I pay with PayPal?', 'Do you take credit cards?'],
      de: ['Welche Zahlungsarten gibt es?', 'Kann ich mit PayPal bezahlen?', 'Akzeptiert ihr Kreditkarten?'],
      fr: ['Quels moyens de paiement acceptez-vous ?', 'Puis-je payer avec PayPal ?', 'Acceptez-vous les cartes bancaires ?'],
      es: ['¿Qué métodos de pago aceptan?', '¿Puedo pagar con PayPal?', '¿Aceptan tarjeta de crédito?'],
      ar: ['ما هي طرق الدفع المتاحة؟', 'هل يمكنني الدفع عبر باي بال؟', 'هل تقبلون بطاقات الائتمان؟'],
      'zh-Hans': ['可以用什么方式付款？', '可以用支付宝吗？', '接受信用卡吗？'],
      ja: ['支払い方法は何がありますか？', 'クレジットカードは使えますか？', 'PayPalで払えますか？'],
      th: ['ชำระเงินได้ช่องทางไหนบ้าง', 'จ่ายด้วยบัตรเครดิตได้ไหม', 'โอนเงินผ่านธนาคารได้ไหม'],
    },
    answers: { en: 'Cards and PayPal.' },
  },
  {
    id: 'warranty',
    questions: {
      en: ['How long is the warranty?', 'My product is broken'],
      de: ['Wie lange gilt die Garantie?', 'Mein Produkt ist kaputt'],
      fr: ['Combien de temps dure la garantie ?', 'Mon produit est cassé'],
      es: ['¿Cuánto dura la garantía?', 'Mi producto está roto'],
      ar: ['ما مدة الضمان؟', 'المنتج مكسور'],
      'zh-Hans': ['保修期多长？', '产品坏了怎么办？'],
      ja: ['保証期間はどのくらいですか？', '商品が壊れました'],
      th: ['รับประกันกี่ปี', 'สินค้าเสียทำอย่างไร'],
    },
    answers: { en: 'Two years.' },
  },
];

const index = buildKnowledgeIndex(ENTRIES);

function assertAnswer(match: KnowledgeMatch, entryId: string, text: string): void {
  assert.equal(match.kind, 'answer', `${JSON.stringify(text)} should answer ${entryId}, got ${JSON.stringify(match)}`);
  assert.equal(match.kind === 'answer' && match.entryId, entryId, `${JSON.stringify(text)}: ${JSON.stringify(match)}`);
}

describe('matchKnowledge: paraphrases in eight languages', () => {
  // Each paraphrase is not one of the questions above; several reorder words or add some.
  const paraphrases: readonly [string, string, string][] = [
    ['en', 'returns', 'can I send the item back and get a refund?'],
    ['en', 'shipping', 'what does shipping cost and how long will it take?'],
    ['en', 'payment', 'is paying by credit card ok?'],
    ['de', 'returns', 'Rückgabe eines Artikels, wie geht das?'],
    ['de', 'shipping', 'Versandkosten nach Österreich?'],
    ['de', 'payment', 'Kann ich mit Kreditkarte zahlen?'],
    ['fr', 'returns', 'je veux retourner mon article'],
    ['fr', 'shipping', 'quel est le délai de livraison pour la Belgique ?'],
    ['fr', 'payment', 'je peux payer par carte bancaire ?'],
    ['es', 'returns', 'quiero devolver el artículo'],
    ['es', 'shipping', '¿cuánto cuesta el envío a Portugal?'],
    ['es', 'payment', '¿puedo pagar con tarjeta de crédito?'],
    ['ar', 'returns', 'أريد إرجاع المنتج'],
    ['ar', 'shipping', 'كم تكلفة الشحن إلى مصر؟'],
    ['ar', 'payment', 'هل أستطيع الدفع ببطاقة ائتمان؟'],
    ['zh-Hans', 'returns', '我要退货，怎么办？'],
    ['zh-Hans', 'shipping', '寄到德国的运费多少钱？'],
    ['zh-Hans', 'payment', '能用信用卡付款吗'],
    ['ja', 'returns', '返品したいのですが、どうすればいいですか'],
    ['ja', 'shipping', '送料を教えてください'],
    ['ja', 'payment', 'クレジットカードで支払いできますか'],
    ['th', 'returns', 'อยากคืนสินค้าต้องทำยังไง'],
    ['th', 'shipping', 'ค่าจัดส่งไปเยอรมนีเท่าไหร่'],
    ['th', 'payment', 'จ่ายเงินด้วยบัตรเครดิตได้ไหมครับ'],
  ];
  for (const [language, entryId, text] of paraphrases) {
    test(`${language}: ${text} → ${entryId}`, () => assertAnswer(matchKnowledge(index, text, language), entryId, text));
  }

  test('a question asked word for word is answered with a high score', () => {
    const match = matchKnowledge(index, 'How long is the warranty?', 'en');
    assertAnswer(match, 'warranty', 'How long is the warranty?');
    assert.ok(match.kind === 'answer' && match.score > 0.9, JSON.stringify(match));
  });

  test('a message in another language than the page is matched too', () => {
    assertAnswer(matchKnowledge(index, 'Wie lange dauert der Versand?', 'en'), 'shipping', 'de on an en page');
    assertAnswer(matchKnowledge(index, '送料はいくらですか', 'fr'), 'shipping', 'ja on a fr page');
  });
});

describe('matchKnowledge: when not to answer', () => {
  test('unrelated messages give none', () => {
    for (const [language, text] of [
      ['en', 'My cat is sick, what should I feed her?'],
      ['en', 'hello'],
      ['de', 'Wie wird das Wetter morgen in Berlin?'],
      ['fr', 'Quelle heure est-il à Paris ?'],
      ['zh-Hans', '今天天气很好'],
      ['ja', '東京の天気はどうですか'],
      ['en', ''],
      ['en', '?!…'],
    ] as const) {
      assert.deepEqual(matchKnowledge(index, text, language), { kind: 'none' }, text);
    }
  });

  test('a short message that fits two entries gives unsure, with both', () => {
    const entries: KnowledgeEntry[] = [
      { id: 'returns', questions: { en: ['How do I return an item?', 'Can I send my order back?'] }, answers: { en: 'a' } },
      { id: 'return-costs', questions: { en: ['Who pays for return shipping?', 'Is the return label free?'] }, answers: { en: 'b' } },
      { id: 'payment', questions: { en: ['Can I pay with PayPal?', 'Do you take credit cards?'] }, answers: { en: 'c' } },
    ];
    const match = matchKnowledge(buildKnowledgeIndex(entries), 'return', 'en');
    assert.equal(match.kind, 'unsure', JSON.stringify(match));
    assert.deepEqual(match.kind === 'unsure' && [...match.entryIds].sort(), ['return-costs', 'returns']);
  });

  test('on a tie, the entry in the shopper language comes first', () => {
    const entries: KnowledgeEntry[] = [
      { id: 'gift-wrap-en', questions: { en: ['Geschenk service'] }, answers: { en: 'a' } },
      { id: 'gift-wrap-de', questions: { de: ['Geschenk service'] }, answers: { de: 'b' } },
    ];
    const tie = buildKnowledgeIndex(entries);
    for (const [language, first] of [
      ['de', 'gift-wrap-de'],
      ['en', 'gift-wrap-en'],
    ] as const) {
      const match = matchKnowledge(tie, 'Geschenk service', language);
      assert.equal(match.kind, 'unsure', JSON.stringify(match));
      assert.equal(match.kind === 'unsure' && match.entryIds[0], first, language);
    }
  });

  test('an empty knowledge base never answers', () => {
    assert.deepEqual(matchKnowledge(buildKnowledgeIndex([]), 'How do I return an item?', 'en'), { kind: 'none' });
  });
});

describe('matchKnowledge: folding', () => {
  test('case and accents do not count', () => {
    const scores = ['Rückgabe Artikel', 'RUCKGABE ARTIKEL', 'ruckgabe artikel', 'Ru\u0308ckgabe artikel'].map((text) => matchKnowledge(index, text, 'de'));
    for (const match of scores) assertAnswer(match, 'returns', 'Rückgabe');
    assert.equal(new Set(scores.map((match) => JSON.stringify(match))).size, 1, JSON.stringify(scores));
    const envio = ['¿Cuánto cuesta el envío?', 'cuanto cuesta el envio', 'CUÁNTO CUESTA EL ENVÍO'].map((text) => matchKnowledge(index, text, 'es'));
    for (const match of envio) assertAnswer(match, 'shipping', 'envío');
    assert.equal(new Set(envio.map((match) => JSON.stringify(match))).size, 1, JSON.stringify(envio));
  });

  test('word order and a few extra words do not stop a match', () => {
    assertAnswer(matchKnowledge(index, 'shipping: how long does it take?', 'en'), 'shipping', 'reordered');
    assertAnswer(matchKnowledge(index, 'hi! quick question, how long does shipping take please?', 'en'), 'shipping', 'extra words');
  });

  test('Arabic: pointing, hamza seats and the attached article do not count', () => {
    assertAnswer(matchKnowledge(index, 'كَمْ تَكْلِفَةُ الشَّحْنِ؟', 'ar'), 'shipping', 'pointed');
    assertAnswer(matchKnowledge(index, 'سياسة ارجاع', 'ar'), 'returns', 'no hamza, no article');
  });
});

describe('answerFor', () => {
  const entry = ENTRIES[0]!;
  const site = ['en', 'de'];
  test('the exact tag, then the base language, then another region, then the site default', () => {
    assert.deepEqual(answerFor(entry, 'de', site), { language: 'de', text: 'Rückgabe: 30 Tage.' });
    assert.deepEqual(answerFor(entry, 'de-AT', site), { language: 'de', text: 'Rückgabe: 30 Tage.' });
    assert.deepEqual(answerFor(entry, 'pt-BR', site), { language: 'pt-BR', text: 'Devoluções: 30 dias.' });
    assert.deepEqual(answerFor(entry, 'pt-PT', site), { language: 'pt-BR', text: 'Devoluções: 30 dias.' });
    assert.deepEqual(answerFor(entry, 'zh-hans', site), { language: 'zh-Hans', text: '30天内可退货。' });
    assert.deepEqual(answerFor(entry, 'fr', site), { language: 'en', text: 'Returns: 30 days.' });
    assert.deepEqual(answerFor(entry, 'fr', ['de', 'en']), { language: 'de', text: 'Rückgabe: 30 Tage.' });
  });

  test("the site default's base language will do", () => {
    assert.deepEqual(answerFor(entry, 'ja', ['en-GB']), { language: 'en', text: 'Returns: 30 days.' });
  });
});

describe('the demo knowledge base (server/sites.json)', () => {
  const result = parseSites(JSON.parse(readFileSync(new URL('../../server/sites.json', import.meta.url), 'utf8')));
  assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
  const site = result.sites.get('demo-shop')!;
  const demo = buildKnowledgeIndex(site.knowledgeBase);

  // Written for this test; none is one of the configured questions.
  const paraphrases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    'returns-window': {
      en: "I'd like to send my order back, is that possible?",
      de: 'Ich will die Bestellung zurückgeben, wie geht das?',
      fr: 'Je souhaite renvoyer ma commande, comment faire ?',
      es: 'Quiero devolver mi pedido, ¿cómo lo hago?',
      ar: 'أريد إرجاع الطلب، كيف أفعل ذلك؟',
    },
    'shipping-times-costs': {
      en: 'what does delivery cost to Austria and how long will it take?',
      de: 'Wie viel kostet der Versand nach Österreich?',
      fr: 'Combien de jours pour la livraison en Belgique ?',
      es: '¿Cuánto cuesta enviar a Portugal y cuánto tarda?',
      ar: 'كم تكلفة التوصيل وكم يستغرق؟',
    },
    'customs-duties': {
      en: 'do I need to pay customs fees if I order to Switzerland?',
      de: 'Muss ich bei einer Lieferung in die Schweiz Zollgebühren zahlen?',
      fr: 'Est-ce que je paierai la douane en Suisse ?',
      es: '¿Pagaré aranceles de aduana en Suiza?',
      ar: 'هل علي دفع جمارك إذا طلبت إلى سويسرا؟',
    },
    'speaker-pairing': {
      en: "my phone can't find the bluetooth speaker",
      de: 'Handy findet den Lautsprecher nicht',
      fr: "mon téléphone ne trouve pas l'enceinte bluetooth",
      es: 'mi móvil no encuentra el altavoz bluetooth',
      ar: 'هاتفي لا يجد السماعة في البلوتوث',
    },
    warranty: {
      en: 'the lamp I bought is defective, is it covered by warranty?',
      de: 'Das Gerät ist defekt, gilt die Garantie?',
      fr: "l'appareil est en panne, est-ce couvert par la garantie ?",
      es: 'el aparato está defectuoso, ¿lo cubre la garantía?',
      ar: 'الجهاز معطل، هل يغطيه الضمان؟',
    },
    'payment-methods': {
      en: 'which ways can I pay?',
      de: 'Kann ich mit Kreditkarte zahlen?',
      fr: 'Je peux payer par carte de crédit ?',
      es: '¿Puedo pagar con tarjeta?',
      ar: 'هل أستطيع الدفع ببطاقة ائتمان؟',
    },
  };

  test('every entry has a paraphrase here in each of the site languages', () => {
    assert.deepEqual(Object.keys(paraphrases).sort(), site.knowledgeBase.map((entry) => entry.id).sort());
    for (const entry of site.knowledgeBase) {
      assert.deepEqual(Object.keys(paraphrases[entry.id]!).sort(), [...site.languages].sort(), entry.id);
      for (const language of site.languages) {
        assert.ok(Object.hasOwn(entry.questions, language), `${entry.id} has questions in ${language}`);
        assert.ok(Object.hasOwn(entry.answers, language), `${entry.id} has an answer in ${language}`);
        const configured = entry.questions[language]!.map((question) => question.toLowerCase());
        assert.ok(!configured.includes(paraphrases[entry.id]![language]!.toLowerCase()), `${entry.id}/${language} is a configured question`);
      }
    }
  });

  for (const [entryId, byLanguage] of Object.entries(paraphrases)) {
    for (const [language, text] of Object.entries(byLanguage)) {
      test(`${entryId} in ${language}: ${text}`, () => assertAnswer(matchKnowledge(demo, text, language), entryId, text));
    }
  }

  test('unrelated questions to the demo shop give none', () => {
    for (const [language, text] of [
      ['en', 'My cat is sick, what should I feed her?'],
      ['en', 'I want to talk to a human'],
      ['de', 'Wie ist das Wetter morgen in Berlin?'],
      ['ar', 'ما هو عنوان متجركم في برلين؟'],
    ] as const) {
      assert.deepEqual(matchKnowledge(demo, text, language), { kind: 'none' }, text);
    }
  });
});
