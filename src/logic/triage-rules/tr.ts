import type { TriageRules } from './types.js';

// Turkish glues suffixes: cues are stems (`temsilci*` matches temsilcisiyle, temsilciye).
const PERSON = ['temsilci*', 'insan*', 'yetkili*', 'operator*', 'gercek kisi*', 'canli destek', 'musteri hizmetleri*', 'yonetici*', 'mudur*', 'sorumlu*', 'biri*', 'birisi*', 'personel*'];
const TALK = ['gorusmek', 'gorusebilir*', 'konusmak', 'konusabilir*', 'baglar*', 'baglayin', 'baglayabilir*', 'aktarir*', 'aktarin', 'istiyorum', 'ile gorus*', 'ile konus*'];

export const rules: TriageRules = {
  lang: 'tr',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['kirik*', 'kirilmis*', 'kirildi', 'kirilmis', 'catlak*', 'catlamis*', 'hasarli*', 'hasar*', 'cizik*', 'cizilmis*', 'ezik*', 'ezilmis*', 'yirtik*', 'yirtilmis*', 'akiyor', 'akitiyor', 'sizdiriyor', 'paramparca', 'tuzla buz', 'bukulmus', 'egri', 'lekeli', 'leke', 'delik*', 'paslanmis', 'sokulmus', 'kopmus', 'kopuk'],
    defect: ['calismiyor', 'calismayi birakti', 'calismaz oldu', 'acilmiyor', 'sarj olmuyor', 'sarj etmiyor', 'kendi kendine kapaniyor', 'kapaniyor', 'donuyor', 'arizali', 'ariza*', 'bozuk', 'bozuldu', 'bozulmus', 'defolu', 'kusurlu', 'siyah ekran', 'isitmiyor', 'bozuk*', 'bozuldu', 'bozulmus', 'arizali*', 'ariza*', 'defolu*', 'calismiyor', 'calismadi', 'calismayi birakti', 'acilmiyor', 'sarj olmuyor', 'sarj etmiyor', 'isitmiyor', 'kapaniyor', 'kendi kendine', 'yeniden basliyor', 'donuyor', 'takiliyor', 'yanip soniyor', 'ses yok', 'ses gelmiyor', 'cizirti*', 'cizirdiyor', 'cizirtili', 'garip ses', 'olu piksel', 'sorunlu', 'hatali', 'kapanmiyor', 'cop'],
    wrongItem: ['yanlis urun', 'yanlis beden', 'yanlis renk', 'yanlis gelmis', 'yanlis gonder*', 'farkli urun', 'farkli renk', 'farkli beden', 'siparis ettigim degil', 'yerine', 'kullanilmis', 'ikinci el', 'sahte', 'taklit', 'eksik', 'eksik parca', 'parcalar eksik', 'vidalar eksik', 'vidasiz', 'olmadan geldi'],
    missingItem: ['sadece ... tanesi geldi', 'bir urun eksik', 'urun eksik geldi', 'siparisim eksik', 'kutuda yoktu', 'digeri nerede', 'geri kalani nerede'],
    safety: ['yanik*', 'yanmis', 'duman*', 'kivilcim*', 'asiri isin*', 'cok isin*', 'erime*', 'sismis', 'sisti', 'sisme', 'carpti', 'keskin', 'alerji*', 'kasinti', 'duman', 'dumanli', 'yanik kokusu', 'yanik koku', 'yandi', 'kivilcim', 'asiri isin*', 'cok isiniyor', 'cok sicak', 'erimis', 'eridi', 'elektrik carp*', 'carpti', 'ates', 'alev', 'patladi', 'sisti', 'tehlikeli', 'alerji*', 'zehirli'],
    notDefect: ['yanlislikla', 'yanlis sectim', 'yanlis siparis verdim', 'benim hatam', 'sorun cozuldu', 'halloldu', 'bozuk degil', 'kirik degil', 'sorun yok', 'sorunsuz', 'kusur yok', 'gayet iyi calisiyor', 'calisiyor', 'takip ... calismiyor', 'takip ... calismadi', 'kod* ... calismadi', 'kod* ... calismiyor', 'kupon* ... calismadi', 'kupon* ... calismiyor', 'link* ... calismiyor', 'site ... calismiyor'],
    packaging: ['kutu ... ezilmis*', 'kutu ... ezik', 'kutu ... hasarli', 'kutu ... yirtik', 'kutusu ... ezik', 'kutusu ... ezilmis*', 'kutusu hasarli', 'paket ... ezilmis*', 'ambalaj* ... hasarli', 'ambalaj* ... yirtik', 'kotu paketlen*'],
    threat: ['tuketici hakem*', 'hakem heyeti*', 'tuketici mahkemesi', 'tuketici dernegi', 'sikayetvar', 'sikayet var', 'cimer', 'avukat*', 'mahkeme*', 'dava', 'polis', 'savcilik', 'chargeback', 'itiraz edece*', 'bankama', 'bankaya', 'harcama itiraz*', 'kotu yorum', 'olumsuz yorum', 'yorum yapacag*', '1 yildiz', 'bir yildiz', 'herkese anlatacag*'],
    anger: ['rezalet*', 'rezil', 'berbat', 'en kotu', 'sacma*', 'dolandirici*', 'dolandiril*', 'dolandiricilik', 'kazik', 'hirsiz*', 'kabul edilemez', 'yaziklar olsun', 'utanc*', 'bir daha asla', 'asla', 'bikti*', 'sinir*', 'sinirlen*', 'kizgin*', 'lanet', 'kahretsin', 'sikeyim', 'aq', 'amk', 'beceriksiz*', 'sacmalik', 'skandal', 'ayip'],
    sarcasm: ['tebrikler', 'helal olsun size', 'cok guzel ... gercekten', 'harika hizmet ... gercekten', 'sag olun ... hic', 'eyvallah'],
    disappointed: ['hayal kirikligi*', 'memnun degil*', 'memnun kalmadim', 'mutsuz', 'uzgun*', 'yazik', 'kaba*', 'ilgisiz*', 'suratima kapatti', 'yuzume kapatti', 'cevap yok', 'cevap vermiyor*', 'donus yok', 'donus yapmiyor*', 'kimse cevap', 'kimse donmedi', 'fotograftaki gibi degil', 'fotograftakinden farkli', 'resimdeki gibi degil', 'kalitesiz', 'kalite ... dusmus', 'kotu kalite', 'fiyat dustu', 'fiyati dustu', 'ucuzlamis', 'sikayet*', 'hic hos degil', 'hos degil', 'yapacak bir sey yok'],
    botFrustration: ['bot ... anlamiyor', 'robot ... anlamiyor', 'anlamiyorsunuz'],
    negative: ['sorun', 'problem*', 'maalesef', 'endise*', 'hala', 'ne oldu', 'ne yapacagimi bilmiyorum', 'neler oluyor'],
    returns: ['degisim', 'degistir*', 'iade*', 'geri gonder*', 'iade*', 'geri gonder*', 'geri vermek', 'paramı', 'param', 'paramin', 'para iadesi', 'ucret iadesi', 'degisim*', 'degistir*', 'degis*', 'yenisiyle', 'tamir*', 'onarim', 'garanti*', 'iptal*', 'iki kez cekildi', 'iki kere cekildi', 'cift cekim', 'mukerrer'],
    replacement: ['gonderebilir misiniz', 'gonderir misiniz', 'yenisini', 'yeni bir', 'parcayi gonder*', 'kapagi gonder*', 'yedek parca'],
    shipping: ['kargo*', 'teslimat*', 'teslim', 'gonderi*', 'gonderim', 'takip*', 'takip numarasi', 'kurye', 'yurtici', 'aras', 'mng', 'ptt', 'surat kargo', 'gumruk*', 'vergi', 'kdv', 'kargo ucreti', 'siparis*', 'ne zaman gelir', 'ne zaman gelecek', 'ne zaman kargo*', 'ne kadar surer', 'adres*', 'gonderiyor musunuz'],
    delay: ['gelmedi', 'hala gelmedi', 'ulasmadi', 'teslim edilmedi', 'almadim', 'bekliyorum', 'hala bekliyorum', 'gecikme*', 'gecikti', 'gecikmeli', 'takildi', 'hareket yok', 'ilerlemiyor', 'guncellenmiyor', 'nerede', 'nerde', 'kargom nerede', 'siparisim nerede'],
    lost: ['kayboldu', 'kaybolmus', 'kayip', 'kaybettiniz', 'calinmis', 'teslim edildi gorunuyor', 'teslim edilmis gorunuyor', 'teslim edildi ama', 'imha'],
    lateArrival: ['hafta*ta geldi', 'gunde geldi', 'gec geldi', 'sonunda geldi'],
    longWait: ['bir aydir', 'bir ay', 'aylardir', 'ay oldu', 'aydan fazla', 'bir bucuk ay'],
    product: ['nasil', 'nasil kullan*', 'kurulum', 'kurmak', 'ayar*', 'eslestir*', 'baglan*', 'uyumlu', 'uyar mi', 'olur mu', 'beden*', 'hangi beden', 'olcu*', 'kalip', 'kilavuz*', 'kullanim kilavuzu', 'pil*', 'batarya*', 'sarj aleti', 'su gecirmez', 'suya dayanikli', 'malzeme*', 'bulasik makinesi', 'mikrodalga', 'yikan*', 'dahil', 'stok*', 'renk*', 'boyut*', 'onerir*', 'farki', 'takabilir', 'kullanabilir'],
    connectIssue: ['baglanmiyor', 'baglanamiyorum', 'eslesmiyor', 'eslestiremiyorum', 'gormuyor', 'tanimiyor', 'baglanti kopuyor'],
    askFix: ['nasil ... duzel*', 'nasil ... cozul*', 'ne yapmaliyim', 'ne yapabilirim', 'normal mi', 'guvenli mi', 'kullanmaya devam', 'bir ayari mi', 'ayari mi var', 'arizali mi', 'bozuk mu', 'cozum', 'kontrol eder misiniz'],
    tried: ['denedim', 'sifirladim', 'resetledim', 'yeniden baslattim', 'baska kablo', 'ise yaramadi', 'hala ayni'],
    admin: ['fatura*', 'fis', 'hesab*', 'sifre*', 'giris yap*', 'abonelik', 'bulten', 'hesabimi sil', 'verilerim', 'kvkk', 'e posta'],
    storeInfo: ['magaza*', 'fiziksel magaza', 'calisma saat*', 'is ilani', 'eleman', 'kariyer', 'indirim*', 'kupon*', 'kampanya*', 'promosyon', 'hediye ceki', 'odeme yontem*', 'taksit*', 'kapida odeme', 'toptan', 'is birligi'],
    suggestion: ['eklemelisiniz', 'olsa iyi olur', 'olsa guzel olur', 'oneri*', 'onerim', 'tavsiye*', 'ekleyin', 'keske'],
    thanks: ['tesekkur*', 'tesekkurler', 'sag ol*', 'sagolun', 'eyvallah', 'elinize saglik', 'saolun'],
    praise: ['harika', 'mukemmel', 'super', 'cok guzel', 'guzel', 'cok iyi', 'bayildim', 'memnunum', 'cok memnun', 'hizli', 'ilgilisiniz', 'basarili'],
    greeting: ['merhaba', 'selam', 'iyi gunler', 'gunaydin', 'iyi aksamlar', 'slm'],
    question: ['nasil', 'ne zaman', 'nerede', 'neden', 'hangi', 'kac', 'mi', 'mu', 'misiniz', 'miyim', 'mudur'],
    human: [
      ...PERSON.flatMap((person) => TALK.map((talk) => `${person} ... ${talk}`)),
      'gercek bir insan', 'canli destek', 'canli temsilci', 'temsilciye aktar*', 'temsilciye bagla*', 'temsilci istiyorum', 'yetkili istiyorum',
    ],
    noHuman: ['temsilciye gerek yok', 'temsilci gerek yok', 'baglamaniza gerek yok', 'aktarmaniza gerek yok', 'gerek yok'],
  },
  waitUnits: { day: ['gun', 'gundur', 'gunu', 'gunden'], week: ['hafta*'], month: ['ay', 'aydir', 'ayi', 'aylik'] },
  numbers: { dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, bir: 1, iki: 2, uc: 3 },
};
