import type { TriageRules } from './types.js';

// "ich möchte mit einem Mitarbeiter sprechen": a person, then (a few words later) a verb of talking.
const PERSON = ['mensch*', 'mitarbeiter*', 'berater*', 'agent*', 'vorgesetzte*', 'chef', 'manager*', 'supervisor', 'person', 'kundenberater*', 'sachbearbeiter*', 'jemand*', 'echte*', 'operator', 'zustandige*', 'verantwortliche*'];
const TALK = ['sprechen', 'reden', 'chatten', 'verbinden', 'verbunden', 'weiterleiten', 'durchstellen', 'kontaktieren'];

export const rules: TriageRules = {
  lang: 'de',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['kaputt*', 'zerbrochen*', 'gebrochen*', 'zerbroch*', 'gesprungen*', 'gesplittert*', 'sprung', 'riss', 'risse', 'gerissen*', 'beschadigt*', 'schaden', 'zerkratzt*', 'kratzer', 'verbogen*', 'eingedellt*', 'delle*', 'zerrissen*', 'ausgelaufen*', 'undicht*', 'leck*', 'tropft', 'abgebrochen*', 'zerstort*', 'in scherben', 'scherben', 'loch', 'flecken', 'fleckig*', 'verrostet*', 'rostet', 'aufgeplatzt*', 'naht ... offen'],
    defect: ['defekt*', 'fehlerhaft*', 'funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht', 'geht nicht mehr', 'funktionieren nicht', 'geht nicht an', 'lasst sich nicht einschalten', 'schaltet sich ab', 'schaltet sich aus', 'schaltet ... ab', 'startet neu', 'startet ... neu', 'ladt nicht', 'lädt nicht', 'ladt nicht mehr', 'heizt nicht', 'wird nicht warm', 'flackert', 'flimmert', 'kein ton', 'kein strom', 'ist tot', 'knackt', 'knistert', 'rauscht', 'brummt', 'macht gerausche', 'pixelfehler', 'tote pixel', 'hangt sich auf', 'stürzt ab', 'sturzt ab', 'schrott', 'mangel*', 'ausgefallen', 'fallt aus', 'streikt', 'hat den geist aufgegeben', 'schliesst nicht', 'geht nicht zu'],
    wrongItem: ['falsche*', 'falsch geliefert', 'falschen artikel', 'nicht bestellt', 'nicht das was ich bestellt', 'anderen artikel', 'andere farbe', 'andere grosse', 'statt', 'anstatt', 'anstelle', 'gebraucht*', 'benutzt', 'fake', 'falschung', 'gefalscht*', 'unvollstandig*', 'fehlen teile', 'teile fehlen', 'schrauben fehlen', 'fehlende teile', 'ohne schrauben', 'kam ohne', 'geliefert ohne'],
    missingItem: ['nur ... von ... angekommen', 'nur ... von ... geliefert', 'artikel fehlt', 'ein artikel fehlt', 'fehlt in der lieferung', 'fehlt im paket', 'nicht im paket', 'wo ist der rest', 'wo ist der dritte', 'wo ist das dritte', 'wo ist der zweite'],
    safety: ['rauch*', 'qualm*', 'verbrannt*', 'brandgeruch', 'riecht verbrannt', 'riecht nach verbrannt', 'schmor*', 'funke*', 'uberhitzt*', 'wird sehr heiss', 'sehr heiss', 'zu heiss', 'geschmolzen', 'schmilzt', 'stromschlag', 'feuer', 'explodiert*', 'aufgeblaht', 'gefahrlich*', 'allergi*', 'giftig'],
    notDefect: ['falsche ... bestellt', 'falsche ... gewahlt', 'versehentlich', 'aus versehen', 'mein fehler', 'problem gelost', 'hat sich erledigt', 'nicht kaputt', 'nichts kaputt', 'nicht defekt', 'kein defekt', 'nicht beschadigt', 'funktioniert gut', 'funktioniert einwandfrei', 'funktioniert super', 'kein problem', 'sendungsverfolgung ... funktioniert nicht', 'tracking ... funktioniert nicht', 'link ... funktioniert nicht', 'code ... funktioniert nicht', 'gutschein ... funktioniert nicht', 'seite ... funktioniert nicht', 'zahlung ... funktioniert nicht'],
    packaging: ['karton ... beschadigt', 'karton ... eingedruckt', 'karton ... zerdruckt', 'karton ... kaputt', 'karton ... eingedellt', 'verpackung ... beschadigt', 'verpackung ... kaputt', 'verpackung ... zerrissen', 'schlecht verpackt', 'paket ... eingedruckt', 'paket ... beschadigt'],
    threat: ['anwalt*', 'rechtsanwalt*', 'anzeige', 'anzeigen', 'polizei', 'gericht', 'klage', 'verklagen', 'verbraucherzentrale', 'verbraucherschutz', 'schlichtungsstelle', 'ruckbuchung', 'zuruckbuchen', 'chargeback', 'meine bank', 'paypal konflikt', 'paypal fall', 'kauferschutz', 'schlechte bewertung', 'negative bewertung', 'bewertung ... uberall', '1 stern', 'einen stern', 'trustpilot', 'rechtliche schritte', 'mahnung'],
    anger: ['unverschamt*', 'frechheit', 'skandal*', 'unmoglich*', 'inakzeptabel', 'lacherlich*', 'schlechteste*', 'katastroph*', 'betrug*', 'betruger*', 'abzocke*', 'abzocker*', 'schamen sie sich', 'schamt euch', 'sauerei', 'zumutung', 'nie wieder', 'nie mehr', 'reicht mir', 'reicht jetzt', 'sauer', 'wutend', 'verarsch*', 'scheiss*', 'scheiß*', 'verdammt*', 'unfassbar', 'armselig', 'inkompetent*', 'nutzlos', 'schrecklich*', 'furchtbar*'],
    sarcasm: ['ganz toller', 'ganz tolle', 'wirklich toll', 'na toll', 'na super', 'super gemacht', 'danke fur nichts', 'bravo', 'glueckwunsch', 'gluckwunsch', 'klasse gemacht', 'ja klar'],
    disappointed: ['enttauscht*', 'enttauschend', 'unzufrieden*', 'nicht zufrieden', 'schade', 'traurig', 'unfreundlich*', 'unhoflich*', 'aufgelegt', 'keine antwort', 'keine reaktion', 'niemand antwortet', 'niemand meldet sich', 'meldet sich keiner', 'keine ruckmeldung', 'sieht anders aus', 'nicht wie auf dem foto', 'nicht wie auf dem bild', 'anders als auf dem bild', 'anders als auf dem foto', 'schlechte qualitat', 'minderwertig*', 'billig verarbeitet', 'qualitat ... nachgelassen', 'preis ... gesenkt', 'jetzt billiger', 'beschwerde', 'beschweren', 'reklamation'],
    botFrustration: ['bot ... versteht nicht', 'bot ... versteht mich nicht', 'bot ... nutzlos', 'versteht mich nicht'],
    negative: ['problem', 'leider', 'arger*', 'ärgerlich', 'frustrier*', 'besorgt', 'immer noch nicht', 'was ist da los', 'was ist los'],
    returns: ['retour*', 'rucksend*', 'zurucksend*', 'zuruckschicken', 'zuruckgeben', 'zuruckgeschickt', 'erstattung', 'ruckerstattung', 'erstatten', 'geld zuruck', 'mein geld', 'umtausch*', 'umtauschen', 'tauschen', 'ersatz', 'ersatzteil*', 'austausch*', 'reparatur', 'reparieren', 'garantie', 'gewahrleistung', 'storn*', 'widerruf*', 'doppelt abgebucht', 'zweimal abgebucht', 'doppelt belastet', 'gutschrift'],
    replacement: ['neues schicken', 'neue schicken', 'ein neues', 'eine neue', 'einen neuen', 'nachschicken', 'nachliefern', 'nachsenden', 'fehlende teil'],
    shipping: ['versand', 'versand*', 'liefer*', 'zustell*', 'sendung', 'sendungsnummer', 'sendungsverfolgung', 'tracking', 'trackingnummer', 'paketshop', 'packstation', 'dhl', 'hermes', 'dpd', 'gls', 'ups', 'post', 'zoll*', 'einfuhr*', 'mwst', 'versandkosten', 'wann kommt', 'wann ... ankommen', 'wann ... da', 'wie lange dauert', 'adresse', 'lieferadresse', 'verschickt', 'versendet', 'abholung', 'abholen'],
    delay: ['nicht angekommen', 'noch nicht angekommen', 'nicht erhalten', 'nicht geliefert', 'noch nicht da', 'nie angekommen', 'immer noch nicht', 'warte ... auf', 'warte seit', 'warten seit', 'verspat*', 'verzoger*', 'hangt fest', 'steckt fest', 'bewegt sich nicht', 'keine aktualisierung', 'kein update', 'wo bleibt', 'wo ist mein', 'wo ist meine', 'sollte schon', 'noch nicht verschickt'],
    lost: ['verloren*', 'verschwunden', 'zerstort', 'gestohlen', 'als zugestellt', 'angeblich zugestellt', 'zugestellt aber', 'nie ubergeben', 'nicht ubergeben', 'nie erhalten'],
    lateArrival: ['hat ... wochen gedauert', 'hat ... tage gedauert', 'kam zu spat', 'verspatet angekommen', 'endlich angekommen', 'endlich da'],
    longWait: ['einen monat', 'einem monat', 'uber einen monat', 'monaten', 'monate', 'anderthalb monat*'],
    product: ['wie kann', 'wie koppel*', 'wie verbinde', 'koppeln', 'verbinden', 'einrichten', 'einstellen', 'installieren', 'kompatibel', 'passt', 'passen', 'grosse', 'grossen', 'grossentabelle', 'fallt ... aus', 'klein aus', 'gross aus', 'anleitung', 'bedienungsanleitung', 'handbuch', 'akku', 'ladegerat', 'wasserdicht', 'material', 'spulmaschine', 'mikrowelle', 'waschen', 'waschbar', 'dabei', 'enthalten', 'lieferumfang', 'vorratig', 'lieferbar', 'farbe*', 'masse', 'empfehlen', 'unterschied', 'app', 'riecht', 'geruch'],
    connectIssue: ['verbindet sich nicht', 'lasst sich nicht verbinden', 'lasst sich nicht koppeln', 'koppelt nicht', 'keine verbindung', 'verbindung ... nicht', 'wird nicht erkannt', 'erkennt ... nicht', 'synchronisiert nicht', 'trennt sich'],
    askFix: ['wie ... beheben', 'wie ... reparieren', 'was kann ich tun', 'was soll ich tun', 'was tun', 'ist das normal', 'normal', 'ist das sicher', 'gefahrlos', 'weiter benutzen', 'tipp', 'losung', 'einstellung', 'konnen sie prufen'],
    tried: ['habe ... versucht', 'schon versucht', 'zuruckgesetzt', 'reset', 'neu gestartet', 'neugestartet', 'anderes kabel', 'anderen kabel', 'hat nicht geholfen', 'immer noch gleich'],
    admin: ['rechnung', 'quittung', 'konto', 'kundenkonto', 'passwort', 'anmelden', 'login', 'abmelden', 'newsletter', 'loschen', 'meine daten', 'dsgvo', 'datenschutz', 'e mail adresse'],
    storeInfo: ['filiale', 'laden', 'geschaft', 'ladengeschaft', 'offnungszeiten', 'job*', 'bewerbung', 'bewerben', 'ausbildung', 'rabatt*', 'gutschein*', 'rabattcode', 'aktion', 'sale', 'geschenkkarte', 'zahlungsart*', 'zahlungsmethode*', 'bezahlen mit', 'paypal', 'klarna', 'rechnungskauf', 'ratenzahlung', 'kooperation'],
    suggestion: ['ihr solltet', 'sie sollten', 'ware schon', 'ware toll', 'ware gut', 'waere', 'vorschlag', 'anregung', 'bitte ... hinzufugen', 'nachdenken'],
    thanks: ['danke*', 'dankeschon', 'vielen dank', 'besten dank', 'bedanke*', 'dank'],
    praise: ['toll*', 'super', 'klasse', 'prima', 'perfekt', 'spitze', 'genial', 'wunderbar', 'hervorragend', 'ausgezeichnet', 'bestens', 'begeistert', 'zufrieden', 'sehr gut', 'schnell', 'freundlich', 'lieb', 'top'],
    greeting: ['hallo', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'hi', 'gruss gott'],
    question: ['wie', 'wann', 'wo', 'warum', 'welche*', 'was', 'kann ich', 'konnen sie', 'gibt es', 'habt ihr', 'haben sie'],
    human: [
      ...PERSON.flatMap((person) => TALK.map((talk) => `${person} ... ${talk}`)),
      'echten menschen', 'echter mensch', 'mensch bitte', 'mitarbeiter bitte', 'bitte einen mitarbeiter', 'ich will einen mitarbeiter', 'ich mochte einen mitarbeiter',
    ],
    noHuman: ['keinen mitarbeiter', 'kein mitarbeiter notig', 'nicht notig', 'brauche keinen', 'brauche ich nicht', 'muss nicht ... verbinden', 'nicht weiterleiten'],
  },
  waitUnits: { day: ['tag', 'tage', 'tagen'], week: ['woche*'], month: ['monat*'] },
  numbers: { vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
};
