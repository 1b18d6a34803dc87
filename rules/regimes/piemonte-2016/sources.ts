/** The seed passages the piemonte-2016 rules cite (seed 002, quoted verbatim, its no-break spaces included). */
import type { RuleSource } from '../../rule.ts';

const SEED = '002_862ff14ecdb491e6.txt';

const NOTICE_2016_12_22 = '22-12-2016 - Comunicato «Accordo regionale del 19-12-2016 – CIG in deroga 2016-2017 per le imprese fino a 5 dipendenti»';
const NOTICE_2016_12_12 = '12-12-2016 - Avviso «CIG in deroga – Accordo regionale del 5-12-2016: modalità di presentazione delle domande dal 15 dicembre 2016»';
const NOTICE_2016_12_05 = '5-12-2016 - Comunicato «CIG in deroga – Gestione 2016-2017»';
const NOTICE_2016_04_29 = '29.4.2016 - Comunicato «CIG in deroga 2016 – Addendum all’accordo quadro del 29 dicembre 2015»';

export const ANNUAL_LIMIT: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_05,
  quote:
    'Il sistema gestisce unicamente domande con inizio e fine nel 2016, bloccando quelle che eccedono il limite dei 92 giorni per unità locale.',
};

export const ORDINARY_ENDS_2016: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_05,
  quote:
    'le domande ordinarie, presentate per unità locali che non hanno richiesto o hanno richiesto solo parzialmente il periodo di 92 giorni ' +
    'fissato come limite massimo di concessione nel 2016 e che non lo esauriscano entro fine anno non possono superare come data fine ' +
    'del ricorso alla CIGD il 31 dicembre 2016.\u00a0 La possibilità di sconfinare nel 2017 è riservata solo alle casistiche qui di seguito indicate.',
};

export const SUPPLEMENTARY_ELIGIBLE: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_22,
  quote:
    'Le imprese fino a 5 dipendenti che hanno totalizzato almeno 88 giornate di richiesta di CIG in deroga nel 2016 hanno quindi titolo ' +
    'a richiedere il periodo supplementare di 60 giorni con decorrenza entro e non oltre il 31 dicembre 2016 previsto nell’accordo regionale del 5 dicembre.',
};

export const SUPPLEMENTARY_LENGTH: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_12,
  quote:
    'Queste imprese hanno diritto ad un massimo di 60 giorni di CIG in deroga, da fruire in un’unica soluzione con una domanda con inizio ' +
    'entro e non oltre il 31/12/2016 e conclusione nel 2017',
};

export const AGREEMENT_BEFORE_START: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_05,
  quote:
    'In entrambi i casi è necessario, come da prassi, allegare alla domanda l’accordo sindacale o l’esame congiunto in sede regionale, ' +
    'se richiesto, sottoscritto almeno un giorno prima dell’inizio della CIGD.',
};

export const CROSS_YEAR_SUBMISSION: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_05,
  quote:
    '1) - Domande con inizio nel\u00a0 2016 e prosecuzione nel 2017, che saranno autorizzate a consuntivo e vanno presentate secondo le ' +
    'modalità ordinarie, entro 20 giorni dalla data di inizio della CIGD;',
};

export const CROSS_YEAR_ENTRY: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_12,
  quote:
    '1. La domanda viene caricata su Aminder come da prassi, ma con data inizio ricadente nel 2017 e data fine congruente con il numero ' +
    'di giorni di integrazione salariale previsti (ad esempio, se i giorni sono 60, la data inizio sarà il 1° gennaio 2017 e la data fine il 1° marzo 2017).\n' +
    '  2. Dopo l’invio, il referente della pratica invia alla casella\u00a0 cigsinderoga@regione.piemonte.it\u00a0 una mail avente come oggetto ' +
    '“CIG in deroga 2016-2017 - Domanda prot. n. xxxxx”, in cui indica i dati della ditta richiedente specificando la casistica in cui ricade ' +
    '(impresa fino a 5 dipendenti con 3 mesi di CIGD nel 2016 o impresa in cessazione) e comunica il periodo effettivo di richiesta. ' +
    'Nel caso preso prima ad esempio, se la data di inizio cade il 30 dicembre 2016 e la durata stabilita è di 60 giorni, la data fine valida sarà il 27 febbraio 2017.',
};

export const CROSS_YEAR_FOLLOW_UP: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_12,
  quote:
    '4. L’impresa può verificare le modifiche apportate accedendo alla sua domanda su Aminder. Se entro i 15 giorni successivi alla ' +
    'comunicazione alla Regione di cui al punto 2) le date non sono state cambiate, il referente segnala l’anomalia alla casella cigsinderoga.',
};

/**
 * Apprentices of firms in CIGS: the 05/12/2016 notice sets the limits (start
 * 01/01–31/03/2017, end by the CIGS end and by 31/12/2017, sent by
 * 19/12/2016), so it is the rule's source; the 12/12/2016 notice says how the
 * application is entered (apprentices only, the CIGS declared) and is quoted
 * in the rule's reasoning (APPRENTICES_ENTRY, a source of its own so that
 * `npm run check-quotes` holds it to the seed too), as a RuleSource cites one
 * section.
 */
export const APPRENTICES: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_05,
  quote:
    'L’intervento attuale si pone quindi come obiettivo quello di tutelare questa categoria di dipendenti anche nel 2017, con domande che ' +
    'possono iniziare tra il 1° gennaio 2017 (è il caso di imprese con CIGS iniziata nel 2016 che prosegue per un certo periodo l’anno ' +
    'successivo) e il 31 marzo 2017 (è il caso di imprese che prevedono di iniziare la CIGS nei primi mesi del 2017).\u00a0 Il 31 marzo 2017 ' +
    'si intende come data limite di inizio dell’integrazione salariale (non è possibile, cioè, presentare domande con inizio il 1° aprile ' +
    '2017 o oltre tale data), mentre la data fine non può eccedere la data di conclusione della CIG Straordinaria, e non può comunque ' +
    'andare oltre il 31 dicembre 2017. … Per questo le domande per apprendisti devono essere presentate anticipatamente, entro lunedì ' +
    '19 dicembre 2016, dando modo alla Regione di istruirle e di autorizzare a preventivo il pagamento da parte dell’INPS entro il ' +
    'termine imposto dalla normativa.',
};

/** The 12/12/2016 notice (NOTICE_2016_12_12) on entering the apprentices' applications, quoted in the reasoning of apprentices-cigs. */
export const APPRENTICES_ENTRY: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_12,
  quote:
    'Queste imprese possono inserire senza problemi le date di inizio e fine, che devono ricadere entrambe nell’annualità 2017, presentando ' +
    'entro il 19 dicembre 2016 la domanda, che la Regione verificherà e autorizzerà a preventivo entro fine anno. Nella domanda si dovrà ' +
    'dichiarare che l’impresa ha diritto alla CIG Straordinaria e si potranno inserire solo dipendenti con la qualifica di apprendisti per ' +
    'un periodo che deve rientrare entro i limiti temporali della CIG Straordinaria.',
};

export const SUMMARY_ATTACHMENT: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_12_12,
  quote:
    'Si richiede, a tal fine, che le imprese che presentano a partire dal 15 dicembre 2016 domande di CIG in deroga di tipo ordinario ' +
    'con periodi interamente compresi nel 2016 e rientranti quindi nel limite dei 92 giorni compilino e alleghino alla domanda lo schema ' +
    'di riepilogo delle domande di CIG in deroga già presentate nel corso del 2016 con il calcolo delle giornate di richiesta già usufruite ' +
    'scaricabile in formato Excel dal link sottostante.',
};

/**
 * The 29/04/2016 notice: non-entrepreneur employers admitted until 30/06/2016,
 * and their applications only with a union agreement signed before the start.
 */
export const NON_ENTREPRENEUR: RuleSource = {
  seed: SEED,
  section: NOTICE_2016_04_29,
  quote:
    'la possibilità di accedere alla CIG in deroga per i dipendenti di datori di lavoro non imprenditori (ad eccezione degli studi ' +
    'professionali che già hanno titolo a richiedere la CIGD) che occupano fino a 15 addetti (dato medio dell’ultimo semestre) per un ' +
    'periodo limitato che non può eccedere la data del 30 giugno 2016. … Si precisa che le domande dovranno essere corredate di accordo ' +
    'sindacale sottoscritto prima dell’inizio del periodo di integrazione salariale previsto, secondo le regole gestionali vigenti, ' +
    'ricorrendo eventualmente alla Commissione Sindacale',
};
