import type { TriageRules } from './types.js';

// Polish inflects: cues are stems (`konsultant*` matches konsultantem, konsultanta).
const ASK = ['poprosze', 'prosze', 'daj mi', 'dajcie', 'chcialbym', 'chcialabym', 'zawolaj', 'polaczcie', 'polacz mnie', 'przelacz mnie', 'rozmawiac', 'zadzwonic', 'oddzwonic', 'rozmawiac z', 'porozmawiac z', 'rozmowa z', 'rozmowe z', 'polaczyc z', 'polacz z', 'polaczenie z', 'kontakt z', 'przekierowac do', 'przelaczyc do', 'chce', 'prosze o', 'potrzebuje'];
const PERSON = ['konsultant*', 'czlowiek*', 'osob*', 'pracownik*', 'agent*', 'operator*', 'kierownik*', 'przelozon*', 'menedzer*', 'doradc*', 'ludzk*', 'zywy', 'zywym', 'prawdziwym', 'kims'];

export const rules: TriageRules = {
  lang: 'pl',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['rozbit*', 'pekniet*', 'pekl*', 'porysowan*', 'zarysowan*', 'rysa', 'rysy', 'wgniecion*', 'wgniecenie', 'rozdart*', 'podart*', 'polaman*', 'zlaman*', 'uszkodzon*', 'cieknie', 'przecieka', 'wycieka', 'poplamion*', 'zardzewial*', 'odklejon*', 'wygiet*', 'obtluczon*', 'stluczon*', 'zepsut*', 'zepsul*', 'zlaman*', 'polaman*', 'peknie*', 'pekniet*', 'peka', 'pekl*', 'rozbit*', 'stluczon*', 'uszkodz*', 'porysowan*', 'rysa', 'rysy', 'wgniec*', 'podart*', 'rozdart*', 'przeciek*', 'cieknie', 'wyciek*', 'poplamion*', 'plama', 'wygiet*', 'pogiet*', 'w kawalkach', 'dziur*', 'zardzewial*', 'rozpruty', 'odpadl*', 'rozwalon*'],
    defect: ['nie dziala', 'przestal dzialac', 'przestala dzialac', 'przestalo dzialac', 'nie wlacza sie', 'nie laduje', 'wylacza sie', 'resetuje sie', 'zawiesza sie', 'wadliw*', 'wada', 'usterk*', 'zepsul*', 'zepsut*', 'popsul*', 'czarny ekran', 'nie grzeje', 'padl', 'padla', 'wadliw*', 'wada', 'wady', 'defekt*', 'nie dziala', 'nie dzialaja', 'przestal* dzialac', 'przestala', 'nie wlacza sie', 'nie laduje', 'nie grzeje', 'wylacza sie', 'restartuje sie', 'zawiesza sie', 'miga', 'mruga', 'brak dzwieku', 'trzeszczy', 'szumi', 'dziwny dzwiek', 'martwe piksele', 'martwy piksel', 'padl', 'padla', 'nie dziala juz', 'dzialal ... dni', 'zepsul sie', 'awari*', 'usterk*', 'nie zamyka sie', 'buble', 'bubel', 'szmelc'],
    wrongItem: ['zly rozmiar', 'zly kolor', 'zly produkt', 'zla rzecz', 'nie ten', 'nie to co zamowil*', 'inny kolor', 'innym kolorze', 'inny rozmiar', 'zamiast', 'uzywan*', 'podrobk*', 'podrabian*', 'falszyw*', 'niekomplet*', 'brak czesci', 'brakuje czesci', 'brakuje srub*', 'bez srub*', 'przyszedl bez', 'przyszla bez', 'przyszlo bez'],
    missingItem: ['tylko ... z ... doszl*', 'tylko ... z ... przyszl*', 'brakuje jednego', 'brakuje produktu', 'brakuje przedmiotu', 'nie bylo w paczce', 'gdzie reszta', 'gdzie jest reszta', 'gdzie trzeci'],
    safety: ['spalenizn*', 'spalon*', 'przegrzewa*', 'nagrzewa*', 'iskr*', 'dym', 'dymi', 'spuchniet*', 'spuchla', 'napuchniet*', 'porazil', 'ostra krawedz', 'ostre krawedzie', 'alergi*', 'wysypka', 'swedzi', 'dym', 'dymi', 'swad', 'zapach spalenizny', 'spalenizn*', 'spalil*', 'przypalon*', 'iskr*', 'przegrzewa', 'bardzo goracy', 'bardzo gorac*', 'za gorac*', 'stopil*', 'porazenie', 'kopie pradem', 'kopnal pradem', 'ogien', 'pozar', 'wybuch*', 'spuchl*', 'niebezpieczn*', 'uczulen*', 'toksyczn*'],
    notDefect: ['pomylil* sie', 'przez pomylke', 'zamowil* ... zly', 'wybral* ... zly', 'problem rozwiazany', 'juz dziala', 'nie jest zepsut*', 'nic nie jest zepsute', 'bez wad', 'nie jest uszkodz*', 'dziala dobrze', 'dziala normalnie', 'dzialaja normalnie', 'dziala bez problemu', 'nie ma problemu', 'kod ... nie dziala', 'link ... nie dziala', 'sledzenie ... nie dziala', 'numer ... nie dziala', 'strona ... nie dziala'],
    packaging: ['karton ... zgniecion*', 'karton ... uszkodzon*', 'pudelko ... zgniecion*', 'pudelko ... uszkodzon*', 'opakowanie ... uszkodzon*', 'opakowanie ... podart*', 'paczka ... zgniecion*', 'zle zapakowan*'],
    threat: ['uokik', 'rzecznik konsumentow', 'rzecznika', 'prawnik*', 'adwokat*', 'do sadu', 'w sadzie', 'pozew', 'pozwe', 'policj*', 'prokuratur*', 'chargeback', 'obciazenie zwrotne', 'moj bank', 'negatywn* opini*', 'zla opinie', 'opinie ... wszedzie', '1 gwiazdk*', 'jedna gwiazdk*', 'ceneo', 'zglaszam', 'zglosze'],
    anger: ['skandal*', 'zenad*', 'zenujac*', 'zenujace', 'zenujaco', 'zenua', 'zenuaca', 'najgorsz*', 'absurd*', 'smieszn*', 'oszust*', 'oszukal*', 'oszukan*', 'kpina', 'porazka', 'zlodzieje', 'naciag*', 'niedopuszczaln*', 'nigdy wiecej', 'mam dosc', 'wkurz*', 'wsciekl*', 'zly jestem', 'zla jestem', 'kurwa', 'kurde', 'cholera', 'szlag', 'dramat', 'tragedia', 'tragiczn*', 'zalosn*', 'beznadziej*', 'masakra', 'zenada', 'horror'],
    sarcasm: ['no super', 'no swietnie', 'no pieknie', 'swietna jakosc', 'jakosc naprawde', 'brawo', 'gratulacje', 'dzieki za nic', 'dziekuje za nic'],
    disappointed: ['rozczarowan*', 'zawiedzion*', 'zawiodl*', 'niezadowolon*', 'niezadowolen*', 'szkoda', 'przykro', 'smutn*', 'niemil*', 'nieuprzejm*', 'chamsk*', 'rozlaczyl*', 'zero odpowiedzi', 'brak odpowiedzi', 'bez odpowiedzi', 'nikt nie odpowiada', 'nikt nie odpisuje', 'nie odpisujecie', 'inny niz na zdjeciu', 'innym kolorze niz na zdjeciu', 'nie jak na zdjeciu', 'slaba jakosc', 'kiepska jakosc', 'jakosc ... spadla', 'cena spadla', 'obnizyliscie cene', 'reklamacj*', 'skarg*'],
    botFrustration: ['bot ... nie rozumie', 'nie rozumie mnie', 'nie z botem'],
    negative: ['problem*', 'niestety', 'martwi*', 'denerwuj*', 'nadal nie', 'wciaz nie', 'co sie dzieje', 'co jest'],
    returns: ['wymiana', 'wymiane', 'wymienic', 'zwrot', 'zwrocic', 'reklamacj*', 'oddac', 'zwrot*', 'zwrocic', 'zwroce', 'oddac', 'odeslac', 'odesle', 'pieniadze', 'zwrot pieniedzy', 'wymian*', 'wymienic', 'zamian*', 'naprawa', 'naprawic', 'gwarancj*', 'rekojmi*', 'anul*', 'odstapic od umowy', 'odstapienie', 'pobrano dwa razy', 'podwojnie obciaz*', 'zaplacil* dwa razy'],
    replacement: ['wyslac nowy', 'wyslac nowa', 'wyslac brakujac*', 'doslac', 'dosylka', 'nowy egzemplarz', 'nowa sztuke', 'czesc zamienn*'],
    shipping: ['wysylk*', 'wyslac', 'wyslan*', 'dostaw*', 'dostarcz*', 'kurier*', 'przesylk*', 'paczk*', 'paczkomat*', 'inpost', 'dpd', 'dhl', 'poczta', 'sledzeni*', 'numer przesylki', 'clo', 'clem', 'urzad celny', 'vat', 'koszt wysylki', 'odbior*', 'zamowieni*', 'kiedy ... dojdzie', 'kiedy ... przyjdzie', 'kiedy ... bedzie', 'jak dlugo', 'adres*', 'do kazachstanu', 'wysylacie'],
    delay: ['dalej nic', 'nadal nic', 'wciaz nic', 'ciagle nic', 'mialo byc', 'mial przyjsc', 'miala przyjsc', 'mialo przyjsc', 'nie doszl*', 'nie dotarl*', 'nie przyszl*', 'nie otrzymal*', 'nie dostal*', 'nadal czekam', 'wciaz czekam', 'czekam', 'opozni*', 'spozni*', 'utknel*', 'utknela', 'stoi', 'brak aktualizacji', 'gdzie jest moja', 'gdzie jest moj', 'gdzie jest', 'miala byc', 'mial byc'],
    lost: ['zgubil*', 'zgubion*', 'zaginel*', 'zaginiona', 'skradzion*', 'ukradl*', 'doreczon* ale', 'status doreczon*', 'zniszczon*'],
    lateArrival: ['szla ... tygodni*', 'szla ... dni', 'doszla ... spoznieniem', 'w koncu doszla', 'w koncu przyszla'],
    longWait: ['miesiac', 'ponad miesiac', 'miesiace', 'miesiecy', 'poltora miesiaca'],
    product: ['jak uzywac', 'jak ustawic', 'ustawic', 'skonfigurowac', 'konfiguracj*', 'zainstalowac', 'polaczyc', 'sparowac', 'parowanie', 'kompatybiln*', 'pasuje', 'pasuja', 'rozmiar*', 'rozmiarowk*', 'tabela rozmiarow', 'instrukcj*', 'bateri*', 'akumulator*', 'ladowark*', 'wodoodporn*', 'material', 'zmywark*', 'mikrofal*', 'w zestawie', 'dostepn*', 'kolor*', 'wymiary', 'polecacie', 'roznica', 'czy ten', 'czy ta', 'czy to', 'czy ma', 'nfc'],
    connectIssue: ['nie chca sie polaczyc', 'nie chce sie polaczyc', 'nie laczy sie', 'nie lacza sie', 'nie moge polaczyc', 'nie paruje', 'nie moge sparowac', 'nie wykrywa', 'rozlacza sie'],
    askFix: ['jak ... naprawic', 'jak to naprawic', 'co zrobic', 'co mam zrobic', 'czy to normalne', 'normalne', 'czy to bezpieczne', 'bezpieczn*', 'jakis pomysl', 'macie jakis pomysl', 'rozwiazanie', 'porada'],
    tried: ['probowal*', 'probuje', 'zresetowal*', 'reset', 'restartowal*', 'inny kabel', 'innym kablem', 'nic nie pomaga', 'nie pomoglo'],
    admin: ['faktur*', 'paragon*', 'konto', 'konta', 'haslo', 'logowanie', 'zalogowac', 'wypisac', 'newsletter', 'usunac konto', 'moje dane', 'rodo', 'email'],
    storeInfo: ['sklep stacjonarn*', 'salon', 'godziny otwarcia', 'prace', 'praca', 'rekrutacj*', 'kod rabatow*', 'rabat*', 'znizk*', 'kupon*', 'promocj*', 'wyprzedaz*', 'karta podarunkow*', 'bon podarunkow*', 'platnosc', 'platnosci', 'blik', 'raty', 'wspolprac*'],
    suggestion: ['powinniscie', 'byloby fajnie', 'byloby super', 'przydaloby sie', 'sugestia', 'sugeruje', 'proponuje', 'dodajcie', 'pomysl'],
    thanks: ['dziekuje', 'dzieki', 'dziekujemy', 'dzieks', 'dziena', 'thx'],
    praise: ['super', 'swietn*', 'idealn*', 'doskonal*', 'rewelacj*', 'wspanial*', 'cudown*', 'piekn*', 'polecam', 'szybka dostawa', 'szybko', 'zadowolon*', 'mila obsluga', 'mili', 'profesjonaln*'],
    greeting: ['dzien dobry', 'czesc', 'hej', 'witam', 'dobry wieczor'],
    question: ['jak', 'kiedy', 'gdzie', 'dlaczego', 'ktory', 'ktora', 'czy', 'ile', 'moge', 'macie'],
    human: [
      ...ASK.flatMap((ask) => PERSON.map((person) => `${ask} ... ${person}`)),
      'prawdziwym konsultantem', 'prawdziwy konsultant', 'zywy czlowiek', 'zywym czlowiekiem', 'z czlowiekiem', 'z konsultantem', 'konsultant prosze',
    ],
    noHuman: ['nie trzeba ... konsultant*', 'nie trzeba ... laczyc', 'nie potrzebuje ... konsultant*', 'bez laczenia', 'nie musicie ... laczyc'],
  },
  waitUnits: { day: ['dzien', 'dni'], week: ['tydzien', 'tygodni*'], month: ['miesiac*', 'miesiecy'] },
  numbers: { cztery: 4, piec: 5, szesc: 6, siedem: 7, osiem: 8, dziewiec: 9, dziesiec: 10 },
};
