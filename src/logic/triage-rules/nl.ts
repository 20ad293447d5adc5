import type { TriageRules } from './types.js';

// "ik wil met een medewerker praten", "kan ik iemand aan de lijn krijgen": a person, then a verb of talking.
const PERSON = ['medewerker*', 'mens', 'persoon', 'iemand', 'agent', 'operator', 'manager', 'leidinggevende', 'supervisor', 'klantenservice medewerker', 'collega'];
const TALK = ['praten', 'spreken', 'chatten', 'bellen', 'doorverbinden', 'doorverbonden', 'aan de lijn', 'aan de telefoon', 'krijgen'];

export const rules: TriageRules = {
  lang: 'nl',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['kapot*', 'gebroken', 'gebarsten', 'barst*', 'scheur*', 'gescheurd', 'beschadig*', 'schade', 'kras*', 'gekrast', 'deuk*', 'gedeukt', 'verbogen', 'lek', 'lekt', 'gelekt', 'lekkage', 'stuk', 'in stukken', 'afgebroken', 'vlek*', 'gat in', 'roest*', 'los gekomen'],
    defect: ['defect*', 'werkt niet', 'werkt niet meer', 'doet het niet', 'doet het niet meer', 'gaat niet aan', 'start niet', 'laadt niet', 'laadt niet op', 'wordt niet warm', 'slaat af', 'valt uit', 'herstart', 'knippert', 'flikkert', 'geen geluid', 'kraakt', 'raar geluid', 'maakt geluid', 'dode pixels', 'hapert', 'loopt vast', 'vastgelopen', 'stuk gegaan', 'kapot gegaan', 'mankement', 'rommel', 'gaat niet dicht'],
    wrongItem: ['verkeerde', 'verkeerd', 'niet wat ik besteld', 'niet besteld', 'andere kleur', 'andere maat', 'in plaats van', 'al gebruikt', 'lijkt gebruikt', 'tweedehands', 'nep', 'namaak', 'onvolledig', 'incompleet', 'onderdelen ontbreken', 'ontbreekt een onderdeel', 'schroeven ontbreken', 'zonder schroeven', 'kwam zonder', 'geleverd zonder'],
    missingItem: ['maar ... van de ... ontvangen', 'maar ... van de ... aangekomen', 'artikel ontbreekt', 'product ontbreekt', 'ontbreekt in het pakket', 'niet in het pakket', 'niet in de doos', 'waar is de rest', 'waar is de derde'],
    safety: ['rook', 'rookt', 'brandlucht', 'ruikt verbrand', 'verbrand*', 'vonk*', 'oververhit*', 'heel heet', 'te heet', 'gesmolten', 'smelt', 'schok', 'stroomstoot', 'vuur', 'ontploft', 'opgezwollen', 'gevaarlijk', 'allergi*', 'giftig'],
    notDefect: ['verkeerde ... gekozen', 'verkeerde ... besteld', 'per ongeluk', 'mijn fout', 'probleem opgelost', 'opgelost', 'niet kapot', 'niets kapot', 'niet defect', 'geen defect', 'werkt prima', 'werkt goed', 'geen probleem', 'track ... werkt niet', 'code ... werkt niet', 'link ... werkt niet', 'site ... werkt niet', 'betaling ... werkt niet'],
    packaging: ['doos ... beschadigd', 'doos ... ingedeukt', 'doos ... kapot', 'doos ... gescheurd', 'verpakking ... beschadigd', 'verpakking ... kapot', 'verpakking ... gescheurd', 'slecht verpakt', 'doos was'],
    threat: ['advocaat', 'jurist', 'rechter', 'rechtszaak', 'politie', 'aangifte', 'consumentenbond', 'acm', 'geschillencommissie', 'terugboeking', 'terugboeken', 'chargeback', 'mijn bank', 'creditcardmaatschappij', 'slechte review', 'negatieve review', 'slechte recensie', 'kiyoh', 'trustpilot', '1 ster', 'een ster', 'juridische stappen', 'ingebrekestelling'],
    anger: ['belachelijk*', 'schandalig', 'schande', 'waardeloos', 'waardeloze', 'slechtste', 'oplichters', 'oplichting', 'oplichterij', 'zwendel', 'onacceptabel', 'onaanvaardbaar', 'nooit meer', 'bah', 'boos', 'woedend', 'kwaad', 'klote', 'kut', 'godverdomme', 'verdomme', 'shit', 'triest', 'bizar', 'lachertje', 'incompetent', 'flauwekul', 'genoeg van'],
    sarcasm: ['wat een geweldige', 'geweldige service weer', 'goed bezig', 'lekker dan', 'fijn hoor', 'bedankt voor niks', 'bravo', 'top hoor', 'knap hoor'],
    disappointed: ['teleurgesteld', 'teleurstellend', 'niet blij', 'ontevreden', 'niet tevreden', 'jammer', 'helaas', 'onbeleefd', 'onvriendelijk', 'opgehangen', 'geen reactie', 'geen antwoord', 'niemand reageert', 'niemand antwoordt', 'reageert niemand', 'niet zoals op de foto', 'anders dan op de foto', 'lijkt niet op', 'slechte kwaliteit', 'goedkope kwaliteit', 'kwaliteit ... achteruit', 'prijs ... verlaagd', 'nu goedkoper', 'klacht', 'klagen', 'hoe jullie ... omgaan'],
    botFrustration: ['bot ... begrijpt ... niet', 'robot ... begrijpt ... niet', 'snapt het niet'],
    negative: ['probleem', 'helaas', 'vervelend', 'balen', 'gefrustreerd', 'nog steeds niet', 'wat is er aan de hand'],
    returns: ['retour*', 'terugsturen', 'terug sturen', 'retourneren', 'terugbetal*', 'geld terug', 'mijn geld', 'restitutie', 'ruilen', 'omruilen', 'vervang*', 'reparatie', 'repareren', 'garantie', 'annuler*', 'annulering', 'dubbel afgeschreven', 'twee keer betaald', 'dubbel betaald'],
    replacement: ['nieuwe sturen', 'nieuw exemplaar', 'een nieuwe', 'een nieuw', 'opsturen', 'nasturen', 'onderdeel sturen'],
    shipping: ['verzend*', 'verzonden', 'levering', 'leveren', 'geleverd', 'bezorg*', 'pakket', 'pakketje', 'track', 'track en trace', 'trackingcode', 'postnl', 'dhl', 'dpd', 'gls', 'ups', 'douane', 'invoerrechten', 'btw', 'verzendkosten', 'afhaalpunt', 'ophalen', 'bestelling', 'wanneer komt', 'wanneer ... binnen', 'hoe lang duurt', 'adres', 'sorteercentrum'],
    delay: ['niet ontvangen', 'nog niet ontvangen', 'niet aangekomen', 'nog niet binnen', 'nooit aangekomen', 'wacht nog', 'nog steeds', 'vertraag*', 'vertraging', 'te laat', 'staat al', 'vast', 'geen update', 'niet bijgewerkt', 'waar blijft', 'waar is mijn', 'wanneer komt het nou'],
    lost: ['kwijt', 'zoekgeraakt', 'verloren', 'gestolen', 'staat als bezorgd', 'bezorgd maar', 'als afgeleverd', 'vernietigd'],
    lateArrival: ['duurde ... weken', 'duurde ... dagen', 'te laat aangekomen', 'eindelijk binnen', 'eindelijk aangekomen'],
    longWait: ['een maand', 'ruim een maand', 'meer dan een maand', 'maanden'],
    product: ['hoe kan ik', 'hoe stel', 'instellen', 'installeren', 'koppelen', 'verbinden', 'compatibel', 'past', 'passen', 'maat', 'maten', 'welke maat', 'valt ... klein', 'valt ... groot', 'handleiding', 'batterij', 'accu', 'oplader', 'waterdicht', 'materiaal', 'vaatwasser', 'magnetron', 'wassen', 'meegeleverd', 'inbegrepen', 'op voorraad', 'leverbaar', 'kleur*', 'afmeting*', 'aanraden', 'verschil tussen', 'timer'],
    connectIssue: ['maakt geen verbinding', 'verbindt niet', 'koppelt niet', 'kan niet koppelen', 'kan geen verbinding', 'wordt niet herkend', 'verbinding valt weg'],
    askFix: ['hoe ... oplossen', 'hoe ... maken', 'wat moet ik doen', 'wat kan ik doen', 'is dat normaal', 'is dit normaal', 'normaal', 'is het veilig', 'veilig', 'tips', 'oplossing', 'kunnen jullie kijken'],
    tried: ['geprobeerd', 'gereset', 'reset', 'opnieuw opgestart', 'andere kabel', 'helpt niet', 'hielp niet'],
    admin: ['factuur', 'account', 'wachtwoord', 'inloggen', 'uitschrijven', 'afmelden', 'nieuwsbrief', 'verwijder', 'mijn gegevens', 'avg', 'privacy', 'e mailadres'],
    storeInfo: ['winkel', 'fysieke winkel', 'openingstijden', 'vacature*', 'sollicit*', 'werken bij', 'kortingscode', 'korting', 'actie', 'uitverkoop', 'cadeaubon', 'cadeaukaart', 'betaalmethode*', 'betalen met', 'ideal', 'klarna', 'achteraf betalen', 'samenwerking'],
    suggestion: ['jullie zouden', 'zou mooi zijn', 'zou fijn zijn', 'zou handig zijn', 'suggestie', 'tip voor jullie', 'idee', 'toevoegen'],
    thanks: ['bedankt', 'dank', 'dankjewel', 'dankje', 'dank je wel', 'dank u', 'thanks', 'merci'],
    praise: ['top', 'super', 'geweldig', 'perfect', 'prima', 'fantastisch', 'fijn', 'mooi', 'heel blij', 'tevreden', 'snel', 'snelle', 'vriendelijk', 'uitstekend', 'topservice'],
    greeting: ['hoi', 'hallo', 'goedemorgen', 'goedemiddag', 'goedenavond', 'hey', 'dag'],
    question: ['hoe', 'wanneer', 'waar', 'waarom', 'welke', 'wat', 'kan ik', 'kunnen jullie', 'hebben jullie', 'is er'],
    human: [
      ...PERSON.flatMap((person) => TALK.map((talk) => `${person} ... ${talk}`)),
      'echte medewerker', 'echt persoon', 'echt mens', 'echte mensen', 'mens spreken', 'medewerker alstublieft', 'medewerker aub', 'doorverbinden met',
    ],
    noHuman: ['hoeft geen medewerker', 'geen medewerker nodig', 'niet nodig ... medewerker', 'hoef niet ... doorverbonden'],
  },
  waitUnits: { day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'] },
  numbers: { vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
};
