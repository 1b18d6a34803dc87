/** The seed passages the piemonte-2020 rules cite (seed 001 unless noted, quoted verbatim). */
import type { RuleSource } from '../../rule.ts';

const SEED = '001_97bd8f50a7fc0b82.txt';
const SEED_000 = '000_91a991e1b573b3c4.txt';
const SEED_002 = '002_862ff14ecdb491e6.txt';

const GENERAL = 'Regole generali di gestione della CIGD – Caratteristiche del periodo per il ricorso alla CIGD';
const WHO = 'Cassa integrazione in deroga: le prime informazioni utili – Chi accede e a quali tipologie di risorse';
const SMALL = 'Aziende da 1 a 5 dipendenti: calcolo dei lavoratori e modulo';
const LARGE = 'Aziende con più di 5 dipendenti: accordi, commissione sindacale e modelli';
const IMPORTANT = 'Importante (rendicontazione mensile)';
const FIRMS = 'Quando può essere liquidata l’integrazione salariale – Per le aziende';

export const PERIOD: RuleSource = {
  seed: SEED,
  section: 'Regole generali di gestione della CIGD – Caratteristiche del periodo',
  quote:
    'La durata massima di ogni domanda è stabilita in 5 settimane, pari a 35 giorni di calendario, e quella minima in 5 giorni. ' +
    'Il sistema controlla che ogni domanda rientri entro questi termini e blocca la data fine se questa cade oltre i 35 giorni o se il periodo è inferiore a 5 giorni.',
};

export const START: RuleSource = {
  seed: SEED,
  section: GENERAL,
  quote:
    'Il periodo massimo concedibile è di 9 settimane con decorrenza non precedente al 23 febbraio 2020.',
};

export const NINE_WEEKS: RuleSource = {
  seed: SEED,
  section: GENERAL,
  quote:
    'A fini gestionali le 9 settimane corrispondono a 63 giorni di calendario: il sistema controlla tale durata sommando i periodi richiesti in ogni domanda, ' +
    'e blocca la data fine se questa cade oltre il limite dei 63 giorni.',
};

export const TWO_APPLICATIONS: RuleSource = {
  seed: SEED,
  section: GENERAL,
  quote:
    'Si auspica, anche per evitare di aumentare oltre misura il volume di domande da gestire, che ogni datore di lavoro presenti non più di due istanze; ' +
    'la prima avrà in generale natura retroattiva, potendo decorrere fin dal 23 febbraio.',
};

export const IN_FORZA: RuleSource = {
  seed: SEED,
  section: GENERAL,
  quote:
    'I lavoratori interessati devono risultare in forza al datore richiedente alla data del 23 febbraio 2020, indipendentemente dall\'anzianità maturata a tale data; ' +
    'se sono stati assunti dopo il 23 febbraio non possono accedere alla CIGD.',
};

export const AGENCY_WORKERS: RuleSource = {
  seed: SEED,
  section: 'Lavoratori "in somministrazione"',
  quote:
    'I lavoratori somministrati, contrariamente a quanto riportato nell\'Accordo Quadro Regionale, sottoscritto prima della pubblicazione della Circolare INPS, ' +
    'non accedono alla CIG in deroga, ma all\'assegno ordinario gestito dal loro Fondo di Solidarietà',
};

export const EXCLUDED: RuleSource = {
  seed: SEED,
  section: WHO,
  quote:
    'Le aziende artigiane, anche quelle con un solo dipendente, e le agenzie di somministrazione per i lavoratori operanti in aziende utilizzatrici ' +
    'che hanno sospeso l\'attività devono rivolgersi al proprio Fondo Bilaterale, non possono in alcun caso richiedere la CIG in deroga; … ' +
    'Sono esclusi solo i datori di lavoro domestico.',
};

export const OTHER_SCHEMES: RuleSource = {
  seed: SEED,
  section: WHO,
  quote:
    'I datori di lavoro che accedono alla CIG Ordinaria, al Fondo di Integrazione Salariale (FIS) o a uno dei Fondi di Solidarietà Bilaterali attivati in alcuni settori ' +
    'devono richiedere la CIGO o l\'assegno ordinario erogato dai Fondi sopra citati. … ' +
    'Le aziende agricole che rientrano nella disciplina della CISOA (Cassa Integrazione Salariale per gli Operai Agricoli) possono usufruire di detta prestazione per i loro',
};

export const FIVE_REGIONS: RuleSource = {
  seed: SEED,
  section: GENERAL,
  quote:
    'I datori di lavoro con unità operative site in cinque o più regioni o province autonome devono fare richiesta al Ministero del Lavoro e delle Politiche Sociali, ' +
    'a cui è demandato in questi casi il riconoscimento del trattamento di CIG in deroga per conto delle Regioni interessate.',
};

export const INTERMITTENT: RuleSource = {
  seed: SEED,
  section: 'Lavoratori "intermittenti" – Esempio di calcolo delle giornate di lavoro intermittente',
  quote:
    'Il dato così risultante va diviso per 12 e, arrotondato per eccesso, rappresenta il numero di giornate di CIGD riconoscibili al lavoratore per ogni mensilità, ' +
    'che va poi riproporzionato sul periodo massimo di nove settimane. … ' +
    'In questo caso il risultato sarà 12,6 giornate, da arrotondare, sempre per eccesso, a 13',
};

export const HEADCOUNT: RuleSource = {
  seed: SEED_002,
  section: '5-12-2016 - Comunicato «CIG in deroga – Gestione 2016-2017» – requisito dimensionale',
  quote:
    'Sono comprese tutte le categorie di lavoro alle dipendenze con qualsiasi forma contrattuale, salvo i dipendenti di agenzie di somministrazione in missione presso l’azienda ' +
    'o le collaborazioni di tipo parasubordinato. In caso di sostituzione di personale in maternità o altri tipi di sospensione dal lavoro, si computa il solo dipendente assunto ' +
    'per ricoprire il posto temporaneamente vacante. Con il termine “fino a 5 dipendenti” si intende il valore intero; se col computo del part-time si supera anche solo marginalmente ' +
    'tale valore (es.: 5,2) l’impresa rientra fra quelle con più di 5 dipendenti.',
};

export const SMALL_EMPLOYER: RuleSource = {
  seed: SEED,
  section: SMALL,
  quote:
    'L\'accordo sindacale, previsto dalla normativa, non è richiesto alle aziende fino a 5 dipendenti, che dovranno però allegare alla domanda una dichiarazione ' +
    'che giustifichi il ricorso alla CIGD.',
};

export const AGREEMENT_REQUIRED: RuleSource = {
  seed: SEED,
  section: LARGE,
  quote:
    'I datori di lavoro che superano la soglia dei 5 dipendenti, come prima calcolata, e che non rientrano nella Cig ordinaria o nell\'assegno ordinario FIS ' +
    'o dei Fondi di Solidarietà, sono tenuti ad esperire la consultazione sindacale prevista dalla normativa e ad allegare alla domanda l\'accordo sindacale.',
};

export const AGREEMENT_WORKERS: RuleSource = {
  seed: SEED,
  section: LARGE,
  quote:
    'Se nell\'accordo si prevede di richiedere la CIGD per 4 persone, nella domanda non se ne potranno inserire più di 4, pena la sua messa in rettifica con la richiesta di allineare i due dati.',
};

export const AGREEMENT_PERIOD: RuleSource = {
  seed: SEED,
  section: LARGE,
  quote:
    'Idem per il periodo richiesto, la cui data di inizio non potrà essere precedente a quella riportata come data di partenza nell\'accordo, ' +
    'né la data fine potrà eccedere quella prevista in sede sindacale.',
};

export const AGREEMENT_SPAN: RuleSource = {
  seed: SEED,
  section: LARGE,
  quote:
    'Sarebbe bene che l\'accordo coprisse interamente il periodo di 9 settimane previste dalla normativa o comunque il periodo in cui il datore di lavoro prevede ' +
    'di completare la durata massima di CIGD. In questo modo potrà essere allegato anche alla seconda domanda di CIGD senza richiedere un\'ulteriore intesa.',
};

export const UNION_CONSULTATION: RuleSource = {
  seed: SEED,
  section: LARGE,
  quote:
    'Devono a tal fine inviare una comunicazione preventiva alle rappresentanze sindacali di categoria; se queste non richiedono entro 7 giorni l\'esame congiunto, ' +
    'possono rivolgersi per la sottoscrizione dell\'accordo alla Commissione Sindacale regionale istituita dalle parti sociali che gestirà la pratica.',
};

export const PDF: RuleSource = {
  seed: SEED,
  section: `${SMALL} – Modello dichiarazione aziendale`,
  quote:
    'Si ricorda che il sistema richiede obbligatoriamente l\'upload di almeno un file pdf (il cui contenuto non viene sottoposto ad alcuna verifica preventiva, ' +
    'ma sarà controllato in sede di istruttoria) per consentire l\'invio della domanda.',
};

export const SUBMISSION: RuleSource = {
  seed: SEED,
  section: 'La presentazione della domanda – Quando presentare domanda',
  quote:
    'La domanda va presentata entro la fine del secondo mese successivo a quello di inizio del periodo di CIGD richiesto: ad esempio, se l\'integrazione salariale ' +
    'inizia a marzo, l\'istanza va inoltrata alla Regione entro la fine del mese di maggio.',
};

export const ONE_UNIT: RuleSource = {
  seed: SEED,
  section: 'La presentazione della domanda – Quante domande presentare',
  quote:
    'Se il datore di lavoro ha più unità operative sul territorio regionale interessate dalla CIGD, dovrà presentare separata istanza per ogni unità, ' +
    'salvo che queste non si trovino nell\'ambito dello stesso Comune: in questo caso è possibile accentrare i dipendenti in una sola domanda, ' +
    'facente capo alla sede con il numero maggiore di occupati.',
};

export const REPORT_OPENING: RuleSource = {
  seed: SEED,
  section: IMPORTANT,
  quote:
    'Quando la domanda è stata trasmessa con successo su Aminder, il datore di lavoro deve imputare sull\'apposita sezione ' +
    'dell\'applicativo le ore effettive di sospensione dal lavoro per ogni singolo dipendente. ' +
    'Il modulo di caricamento è mensile, e non può essere compilato se non termina la mensilità, ovvero, qualora la data fine CIGD cada prima di fine mese, ' +
    'solo a partire dal giorno successivo a quello di scadenza.',
};

export const REPORT_ORDER: RuleSource = {
  seed: SEED,
  section: IMPORTANT,
  quote: 'Si ricorda che il sistema blocca la compilazione del secondo mese se prima non è stato consuntivato il primo mese',
};

export const REPORT_BLANK: RuleSource = {
  seed: SEED,
  section: IMPORTANT,
  quote: 'è obbligatorio digitare zero per i lavoratori che non siano stati collocati in CIGD in quella mensilità.',
};

export const REPORT_MATCHES_REQUEST: RuleSource = {
  seed: SEED,
  section: IMPORTANT,
  quote:
    'Dal momento che la prima presentazione avrà quasi certamente carattere retroattivo, sarà possibile caricare fin da subito, ' +
    'una volta completata la trasmissione dell\'istanza, i dati a rendiconto dei mesi di febbraio e/o marzo; ' +
    'se il periodo richiesto fosse già interamente trascorso, i dati sulle ore di CIG nel modulo di domanda dovrebbero coincidere con quelli dichiarati a consuntivo.',
};

export const SR41_DEADLINE: RuleSource = {
  seed: SEED,
  section: FIRMS,
  quote:
    'La modulistica SR41 deve essere trasmessa entro il termine massimo di sei mesi dalla fine del periodo di CIGD: ' +
    'se il termine non viene rispettato il pagamento della prestazione e della contribuzione collegata passa in capo al datore di lavoro.',
};

export const SR41_MATCHES_REPORT: RuleSource = {
  seed: SEED,
  section: FIRMS,
  quote:
    'I dati sulle ore da liquidare devono coincidere con quelli a consuntivo dichiarati alla Regione: in caso di discordanza, la liquidazione viene sospesa ' +
    'e si operano le opportune verifiche.',
};

export const SR41_IBAN: RuleSource = {
  seed: SEED,
  section: FIRMS,
  quote:
    'E\' necessario inviare un modulo per ogni dipendente in CIGD con l\'indicazione del Codice IBAN su cui indirizzare l\'importo da erogare, ' +
    'a cui si associa la contribuzione figurativa valida a fini pensionistici. In mancanza di tale adempimento, l\'integrazione salariale non può essere liquidata.',
};

export const CORRECTION: RuleSource = {
  seed: SEED_000,
  section: 'Gestione ammortizzatori sociali in deroga (AMINDER) – Avvisi',
  quote:
    'per TUTTI gli altri casi non è possibile fare rettifiche con la funzione applicativa. Se il referente avesse comunque l\'esigenza di modificare o annullare ' +
    'una domanda in stato diverso da quelli sopra elencati (PRESENTATA e VERIFICATA-DA RETTIFICARE) deve scrivere a Regione sulla casella di posta dedicata ' +
    '"cigsinderoga@regione.piemonte.it" e specificare la problematica;',
};
