import type { TriageRules } from './types.js';

// "vorrei parlare con un operatore", "mi passate un responsabile": a verb of asking, then a person.
const ASK = ['parlare con', 'parlo con', 'passate', 'passare', 'mi passa', 'mi passi', 'mettetemi in contatto con', 'contattare', 'voglio un', 'vorrei un', 'vorrei una', 'chiedo un', 'sentire un', 'avere un'];
const PERSON = ['operator*', 'umano', 'umana', 'persona', 'responsabile', 'addett*', 'agente', 'consulente', 'assistente', 'supervisor*', 'manager', 'direttore', 'qualcuno'];

export const rules: TriageRules = {
  lang: 'it',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'split',
  cues: {
    damage: ['rott*', 'rompe', 'spaccat*', 'crepat*', 'crepa', 'incrinat*', 'danneggiat*', 'graffiat*', 'graffi', 'ammaccat*', 'scheggiat*', 'strappat*', 'perde acqua', 'perdite', 'macchiat*', 'piegat*', 'storto', 'storta', 'in frantumi', 'a pezzi', 'bucat*', 'scucit*', 'arrugginit*', 'sfasciat*', 'distrutt*'],
    defect: ['difett*', 'non funziona', 'non funzionano', 'smesso di funzionare', 'non va', 'non parte', 'non si accende', 'non si carica', 'non carica', 'non scalda', 'si spegne', 'si riavvia', 'lampeggia', 'sfarfall*', 'si blocca', 'bloccat*', 'nessun suono', 'senza audio', 'rumore strano', 'fa rumore', 'gracchia', 'pixel mort*', 'morto', 'guasto', 'guasta', 'guasti', 'fa il doppio click', 'doppio click', 'non chiude', 'schifezza'],
    wrongItem: ['sbagliat*', 'errato', 'errata', 'non e quello che ho ordinato', 'non e quello ordinato', 'altro modello', 'altro colore', 'altra taglia', 'invece di', 'invece della', 'al posto di', 'sembra usato', 'gia usato', 'falso', 'falsa', 'contraffatt*', 'incomplet*', 'mancano pezzi', 'manca un pezzo', 'mancano le viti', 'senza viti', 'arrivato senza', 'arrivata senza'],
    missingItem: ['solo ... su ... arrivat*', 'manca un articolo', 'manca un prodotto', 'articolo mancante', 'non era nel pacco', 'dov e il resto', 'dove e il resto', 'dov e il terzo'],
    safety: ['fumo', 'puzza di bruciato', 'odore di bruciato', 'bruciat*', 'scintill*', 'surriscald*', 'troppo calda', 'troppo caldo', 'scotta', 'sciolt*', 'fuso', 'scossa', 'fuoco', 'incendio', 'esplos*', 'gonfi*', 'pericolos*', 'allergi*', 'tossic*'],
    notDefect: ['ho sbagliato', 'per errore', 'ho ordinato ... sbagliat*', 'problema risolto', 'tutto risolto', 'non e rott*', 'niente di rotto', 'non difettos*', 'nessun difetto', 'funziona bene', 'funziona perfettamente', 'nessun problema', 'tracking ... non funziona', 'codice ... non funziona', 'coupon ... non funziona', 'link ... non funziona', 'sito ... non funziona'],
    packaging: ['scatola ... danneggiata', 'scatola ... ammaccata', 'scatola ... rovinata', 'scatola ... schiacciata', 'imballo ... danneggiato', 'imballaggio ... danneggiato', 'confezione ... rovinata', 'confezione ... danneggiata', 'pacco ... ammaccato', 'pacco ... schiacciato', 'imballato male'],
    threat: ['avvocat*', 'denuncia*', 'denuncio', 'polizia', 'carabinieri', 'tribunale', 'causa legale', 'vie legali', 'associazione consumatori', 'altroconsumo', 'codacons', 'agcm', 'antitrust', 'chargeback', 'storno', 'mia banca', 'contestazione', 'contestare ... addebito', 'recensione negativa', 'recensioni negative', 'pessima recensione', '1 stella', 'una stella', 'trustpilot', 'scrivo sui social', 'sui social ... recension*'],
    anger: ['vergogna', 'vergognatevi', 'vergognoso', 'pessim*', 'il peggiore', 'la peggiore', 'ridicol*', 'truffa*', 'truffator*', 'ladri', 'inaccettabile', 'scandalos*', 'schifo', 'fate schifo', 'assurdo', 'incompetent*', 'inutili', 'mai piu', 'stufo', 'stufa', 'arrabbiat*', 'furios*', 'incazzat*', 'cazzo', 'merda', 'vaffa*', 'porca', 'una presa in giro', 'prendete in giro', 'indecente', 'orribile'],
    sarcasm: ['complimenti', 'bravi', 'bravissimi', 'grazie di niente', 'grazie per niente', 'ottimo servizio ... davvero', 'ma che bello', 'che velocita'],
    disappointed: ['delus*', 'deludente', 'insoddisfatt*', 'non soddisfatt*', 'peccato', 'che peccato', 'triste', 'scortes*', 'maleducat*', 'sgarbat*', 'attaccato in faccia', 'nessuno risponde', 'nessuna risposta', 'senza risposta', 'non rispondete', 'non risponde', 'diverso dalla foto', 'non somiglia', 'non e come in foto', 'qualita scadente', 'scarsa qualita', 'bassa qualita', 'qualita ... peggiorata', 'prezzo ... sceso', 'prezzo ... calato', 'costa meno', 'reclamo', 'lamentela'],
    botFrustration: ['bot ... non capisce', 'il bot continua', 'robot ... non capisce', 'non capisci'],
    negative: ['problema', 'purtroppo', 'preoccupat*', 'frustrat*', 'fastidio', 'ancora niente', 'cosa succede', 'cosa e successo', 'solo che'],
    returns: ['reso', 'resi', 'restitui*', 'restituzione', 'rimandare indietro', 'rispedire', 'rimborso', 'rimborsare', 'rimborsi', 'soldi indietro', 'i miei soldi', 'cambio', 'cambiare', 'sostitu*', 'ricambio', 'pezzo di ricambio', 'riparare', 'riparazione', 'garanzia', 'annull*', 'disdire', 'addebitato due volte', 'doppio addebito', 'pagato due volte'],
    replacement: ['mandare un altro', 'inviare un altro', 'mandarmi un nuovo', 'uno nuovo', 'una nuova', 'mandarmi il pezzo', 'inviarmi il pezzo'],
    shipping: ['spedizione', 'spedizioni', 'spedire', 'spedito', 'spedite', 'consegna', 'consegnare', 'corriere', 'tracking', 'tracciamento', 'numero di tracciamento', 'pacco', 'brt', 'gls', 'sda', 'poste', 'dogana', 'dazi', 'iva', 'costi di spedizione', 'ritiro', 'punto di ritiro', 'ordine', 'quando arriva', 'quando parte', 'quanto tempo', 'tempi di consegna', 'indirizzo'],
    delay: ['non e arrivat*', 'non e ancora arrivat*', 'non ho ricevuto', 'non ancora ricevuto', 'mai arrivat*', 'mai ricevuto', 'sto aspettando', 'aspetto ancora', 'ancora in attesa', 'in ritardo', 'ritard*', 'fermo', 'ferma', 'bloccato in', 'nessun aggiornamento', 'non si aggiorna', 'in preparazione', 'dov e il mio', 'dov e il', 'dove e il mio'],
    lost: ['perso', 'persa', 'smarrit*', 'rubat*', 'risulta consegnato', 'segna consegnato', 'consegnato ma', 'distrutto'],
    lateArrival: ['ci ha messo ... settimane', 'ci ha messo ... giorni', 'arrivato in ritardo', 'finalmente arrivato'],
    longWait: ['un mese', 'piu di un mese', 'mesi', 'mese e mezzo'],
    product: ['come si', 'come faccio', 'come funziona', 'configur*', 'installare', 'collegare', 'collegarla', 'collegarlo', 'si puo collegare', 'abbinare', 'accoppiare', 'compatibile', 'funziona con', 'taglia', 'taglie', 'che taglia', 'veste', 'misura', 'misure', 'manuale', 'istruzioni', 'batteria', 'caricatore', 'impermeabile', 'materiale', 'lavastoviglie', 'microonde', 'lavare', 'incluso', 'inclusa', 'disponibile', 'colore', 'colori', 'consigliate', 'differenza tra', 'si puo', 'posso usare', 'alexa'],
    connectIssue: ['non si collega', 'non si connette', 'non riesco a collegare', 'non si abbina', 'non si accoppia', 'non rileva', 'non riconosce', 'si disconnette'],
    askFix: ['come si risolve', 'come ... risolvo', 'come ... sistemare', 'cosa devo fare', 'che faccio', 'e normale', 'e sicuro', 'posso continuare a usarlo', 'qualche consiglio', 'una soluzione', 'potete verificare', 'difetto o'],
    tried: ['ho provato', 'gia provato', 'resettato', 'reset', 'riavviato', 'altro cavo', 'niente da fare', 'non e servito'],
    admin: ['fattura', 'ricevuta', 'account', 'password', 'accesso', 'disiscri*', 'newsletter', 'cancellare il mio account', 'eliminare il mio', 'i miei dati', 'privacy', 'gdpr', 'email'],
    storeInfo: ['negozio fisico', 'negozio', 'punto vendita', 'orari', 'lavora con noi', 'assumete', 'lavoro', 'candidatura', 'codice sconto', 'sconto', 'sconti', 'coupon', 'promozione', 'saldi', 'buono regalo', 'gift card', 'metodi di pagamento', 'pagare con', 'paypal', 'satispay', 'collaborazione'],
    suggestion: ['dovreste', 'sarebbe bello', 'sarebbe utile', 'sarebbe carino', 'suggerimento', 'suggerisco', 'potreste aggiungere', 'avete mai pensato', 'pensato di'],
    thanks: ['grazie', 'grz', 'ringrazio', 'ringraziamenti'],
    praise: ['gentilissim*', 'bellissim*', 'ottim*', 'perfett*', 'fantastic*', 'meraviglios*', 'stupend*', 'eccellente', 'bravissim*', 'adoro', 'top', 'velocissim*', 'super', 'contentissim*', 'molto contento', 'molto contenta', 'gentili'],
    greeting: ['ciao', 'salve', 'buongiorno', 'buonasera'],
    question: ['come', 'quando', 'dove', 'perche', 'quale', 'quanto', 'posso', 'potete', 'avete', 'c e'],
    human: [
      ...ASK.flatMap((ask) => PERSON.map((person) => `${ask} ... ${person}`)),
      'operatore vero', 'operatore umano', 'persona vera', 'persona reale', 'essere umano', 'un umano', 'operatore per favore',
    ],
    noHuman: ['non serve ... operatore', 'non serve ... umano', 'non c e bisogno ... operatore', 'non ho bisogno ... operatore', 'senza operatore'],
  },
  waitUnits: { day: ['giorn*'], week: ['settiman*'], month: ['mese', 'mesi'] },
  numbers: { quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
};
