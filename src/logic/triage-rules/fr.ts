import type { TriageRules } from './types.js';

// "je veux parler à un conseiller", "passez-moi un responsable": a verb of asking, then a person.
const ASK = ['parler a', 'parler avec', 'discuter avec', 'echanger avec', 'passer un', 'passez moi', 'mettre en relation', 'mettez moi en relation', 'contacter un', 'je veux un', 'je voudrais un', 'j aimerais un', 'je demande un', 'avoir un', 'joindre un'];
const PERSON = ['humain*', 'personne', 'conseill*', 'agent', 'operat*', 'responsable', 'superieur', 'manager', 'gerant', 'interlocut*', 'quelqu un', 'vrai', 'vraie'];

export const rules: TriageRules = {
  lang: 'fr',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'split',
  cues: {
    damage: ['casse*', 'cassé', 'brise*', 'fissur*', 'feel*', 'fele*', 'ebrech*', 'abime*', 'endommag*', 'raye*', 'rayure*', 'tordu*', 'dechir*', 'fuit', 'fuite*', 'coule', 'tache*', 'tâché', 'en morceaux', 'en miettes', 'cabosse*', 'troue*', 'trou', 'decousu*', 'rouill*', 'plie*', 'pete', 'écrasé'],
    defect: ['defectu*', 'defaut*', 'ne marche pas', 'ne marche plus', 'marche pas', 'marche plus', 'ne fonctionne pas', 'ne fonctionne plus', 'fonctionne pas', 'fonctionne plus', 'en panne', 'tombe en panne', 'panne', 'ne s allume pas', 's allume pas', 'ne s allume plus', 'ne charge pas', 'charge pas', 'ne chauffe pas', 'ne chauffe plus', 'ne demarre pas', 's eteint', 'redemarre', 'clignot*', 'gresill*', 'plus de son', 'pas de son', 'bruit bizarre', 'fait du bruit', 'pixels morts', 'hs', 'hors service', 'mort', 'morte', 'bug', 'bugue', 'beug*', 'ne ferme pas', 'ne s ouvre pas', 'ne tient pas'],
    wrongItem: ['mauvais article', 'mauvaise taille', 'mauvaise couleur', 'mauvais produit', 'mauvais modele', 'pas le bon', 'pas la bonne', 'pas ce que j ai commande', 'erreur de commande', 'au lieu de', 'a la place de', 'autre couleur', 'autre taille', 'deja utilise', 'occasion', 'contrefa*', 'faux', 'fausse', 'incomplet', 'incomplete', 'il manque', 'manque une piece', 'manque des pieces', 'pieces manquantes', 'sans les vis', 'arrive sans', 'livre sans', 'recu sans'],
    missingItem: ['seulement ... sur ... recu', 'que ... sur ... arrive', 'il manque un article', 'il manque un produit', 'article manquant', 'produit manquant', 'manque dans le colis', 'pas dans le colis', 'ou est le reste', 'ou est le troisieme', 'ou est le deuxieme'],
    safety: ['fumee', 'fume', 'odeur de brule', 'sent le brule', 'brule', 'brûlé', 'etincelle*', 'surchauff*', 'tres chaud', 'trop chaud', 'chauffe beaucoup', 'fondu', 'decharge', 'electrocut*', 'feu', 'explos*', 'gonfle', 'dangereu*', 'allergi*', 'toxique'],
    notDefect: ['je me suis trompe', 'je me suis trompee', 'par erreur', 'j ai choisi la mauvaise', 'j ai commande la mauvaise', 'probleme resolu', 'tout est regle', 'pas casse', 'pas cassé', 'rien de casse', 'pas abime', 'pas defectueux', 'pas de defaut', 'aucun defaut', 'fonctionne bien', 'marche bien', 'fonctionne parfaitement', 'marche tres bien', 'pas de souci', 'aucun souci', 'pas de probleme', 'aucun probleme', 'suivi ... ne marche pas', 'suivi ... ne fonctionne pas', 'code ... ne marche pas', 'code ... ne fonctionne pas', 'lien ... ne marche pas', 'lien ... ne fonctionne pas', 'site ... ne marche pas', 'site ... ne fonctionne pas', 'paiement ... ne marche pas'],
    packaging: ['carton ... abime', 'carton ... ecrase', 'carton ... dechire', 'boite ... abimee', 'boite ... ecrasee', 'boite ... cabossee', 'emballage ... abime', 'emballage ... dechire', 'colis ... ecrase', 'colis ... abime', 'mal emballe'],
    threat: ['opposition', 'faire opposition', 'ma banque', 'chargeback', 'litige', 'avocat', 'plainte', 'porter plainte', 'police', 'gendarmerie', 'tribunal', 'justice', 'dgccrf', 'ufc', 'que choisir', '60 millions', 'association de consommateurs', 'signalconso', 'mediateur', 'mauvais avis', 'avis negatif*', 'avis ... partout', '1 etoile', 'une etoile', 'trustpilot', 'reseaux sociaux', 'mise en demeure'],
    anger: ['inadmissible', 'inacceptable', 'honteu*', 'honte', 'scandal*', 'lamentable', 'minable', 'nul', 'nuls', 'nulle', 'arnaque*', 'escroc*', 'voleur*', 'pire', 'le pire', 'ridicule', 'insupportable', 'se moquer', 'vous vous moquez', 'foutez', 'foutage', 'inutile', 'incompetent*', 'plus jamais', 'jamais plus', 'marre', 'ras le bol', 'furieu*', 'enerve*', 'en colere', 'degout*', 'horrible', 'catastroph*', 'merde', 'putain', 'bordel', 'foutu', 'pourri*', 'c est une blague'],
    sarcasm: ['bravo', 'felicitations', 'super le', 'genial le', 'merci pour rien', 'quel service', 'trop fort', 'chapeau', 'magnifique ... pas', 'bien joue'],
    disappointed: ['decu', 'decue', 'deception', 'decevant*', 'pas content*', 'mecontent*', 'pas satisfait*', 'insatisfait*', 'dommage', 'triste', 'mal poli', 'impoli*', 'desagreable', 'raccroche', 'pas de reponse', 'aucune reponse', 'sans reponse', 'personne ne repond', 'ne repond', 'ne ressemble pas', 'pas comme sur la photo', 'rien a voir avec la photo', 'different de la photo', 'differente de la photo', 'mauvaise qualite', 'qualite mediocre', 'fait tres cheap', 'fait cheap', 'qualite ... baisse', 'prix a baisse', 'moins cher maintenant', 'reclamation', 'me plaindre'],
    botFrustration: ['robot ... comprend pas', 'bot ... comprend pas', 'vous ne comprenez pas', 'ne comprend rien', 'robot ... inutile', 'bot ... inutile'],
    negative: ['probleme', 'souci', 'malheureusement', 'inquiet*', 'frustr*', 'agace*', 'toujours pas', 'que se passe', 'qu est ce qui se passe', 'ça fait', 'ca fait'],
    returns: ['retour*', 'retourner', 'renvoyer', 'renvoi', 'rembours*', 'mon argent', 'echang*', 'remplac*', 'piece de rechange', 'reparer', 'reparation', 'garantie', 'sav', 'annul*', 'preleve deux fois', 'debite deux fois', 'paye deux fois', 'double prelevement'],
    replacement: ['envoyer une piece', 'envoyer un nouveau', 'envoyer une nouvelle', 'renvoyer un', 'un autre', 'une autre', 'la piece manquante', 'une piece'],
    shipping: ['livraison', 'livrer', 'livrez', 'expedi*', 'envoi', 'envoye', 'colis', 'suivi', 'numero de suivi', 'transporteur', 'livreur', 'la poste', 'colissimo', 'chronopost', 'mondial relay', 'point relais', 'relais', 'douane*', 'frais de port', 'frais de livraison', 'tva', 'droits de douane', 'ma commande', 'la commande', 'quand ... arriver', 'quand ... recevoir', 'adresse', 'delai*', 'en transit'],
    delay: ['pas arrive', 'pas encore arrive', 'pas recu', 'toujours rien', 'jamais recu', 'jamais arrive', 'j attends', 'toujours en attente', 'en attente', 'bloque*', 'retard*', 'en retard', 'aucune mise a jour', 'pas bouge', 'ne bouge pas', 'ou est ma', 'ou est mon', 'ou en est', 'depuis ... jours', 'depuis ... semaines'],
    lost: ['perdu', 'egare', 'detruit', 'vole', 'indique livre', 'marque livre', 'affiche livre', 'livre mais', 'jamais remis'],
    lateArrival: ['a mis ... semaines', 'a mis ... jours', 'arrive en retard', 'enfin arrive', 'enfin recu'],
    longWait: ['un mois', 'plus d un mois', 'des mois', 'mois et demi'],
    product: ['comment', 'configur*', 'installer', 'installation', 'connecter', 'appairer', 'jumeler', 'associer', 'compatible', 'fonctionne avec', 'marche avec', 'taille', 'tailles', 'quelle taille', 'guide des tailles', 'taille grand', 'taille petit', 'notice', 'mode d emploi', 'batterie', 'chargeur', 'etanche', 'matiere', 'lave vaisselle', 'micro ondes', 'laver', 'fourni', 'livre avec', 'inclus', 'en stock', 'disponible', 'couleur*', 'dimension*', 'conseillez', 'difference entre', 'odeur', 'est ce que'],
    connectIssue: ['ne se connecte pas', 'se connecte pas', 'impossible de connecter', 'n arrive pas a connecter', 'ne s appaire pas', 'impossible d appairer', 'ne se jumelle pas', 'ne synchronise pas', 'ne detecte pas', 'se deconnecte'],
    askFix: ['comment ... reparer', 'comment ... regler', 'comment ... resoudre', 'que faire', 'je fais quoi', 'que dois je faire', 'est ce normal', 'c est normal', 'normal que', 'sans danger', 'est ce dangereux', 'une astuce', 'une solution', 'pouvez vous verifier', 'defaut ou', 'un reglage'],
    tried: ['j ai essaye', 'deja essaye', 'reinitialis*', 'redemarre', 'reset', 'autre cable', 'toujours pareil', 'rien n y fait', 'sans succes'],
    admin: ['facture', 'compte', 'mot de passe', 'connexion', 'desinscri*', 'desabonner', 'newsletter', 'supprimer mon', 'mes donnees', 'rgpd', 'adresse mail', 'adresse e mail'],
    storeInfo: ['boutique', 'magasin', 'horaires', 'recrut*', 'emploi', 'stage', 'candidature', 'code promo', 'promo*', 'reduction', 'remise', 'soldes', 'carte cadeau', 'moyens de paiement', 'payer en', 'paypal', 'plusieurs fois', 'collaboration', 'partenariat'],
    suggestion: ['vous devriez', 'ce serait bien', 'ce serait top', 'serait bien', 'suggestion', 'je suggere', 'pourriez ajouter', 'ajouter', 'idee'],
    thanks: ['merci*', 'remercie*', 'mercii'],
    praise: ['super', 'genial', 'parfait*', 'excellent*', 'top', 'bravo', 'adore', 'j adore', 'magnifique', 'tres content*', 'ravi', 'ravie', 'apprecie*', 'au top', 'efficace', 'rapide', 'gentil*', 'formidable', 'geste commercial'],
    greeting: ['bonjour', 'bonsoir', 'salut', 'coucou', 'hello'],
    question: ['comment', 'quand', 'ou', 'pourquoi', 'quel', 'quelle', 'combien', 'est ce que', 'pouvez vous', 'puis je', 'avez vous'],
    human: [
      ...ASK.flatMap((ask) => PERSON.map((person) => `${ask} ... ${person}`)),
      'un humain', 'vrai humain', 'vraie personne', 'personne reelle', 'conseiller humain', 'agent humain', 'etre humain', 'quelqu un de reel',
    ],
    noHuman: ['pas besoin ... conseiller', 'pas besoin ... agent', 'pas besoin ... humain', 'pas besoin ... personne', 'pas la peine ... conseiller', 'inutile de ... transferer', 'pas besoin de transferer'],
  },
  waitUnits: { day: ['jour', 'jours'], week: ['semaine', 'semaines'], month: ['mois'] },
  numbers: { quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
};
