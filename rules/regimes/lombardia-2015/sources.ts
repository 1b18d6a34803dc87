/**
 * The seed passages the lombardia-2015 rules cite (seed 003, quoted verbatim:
 * its typographic apostrophes and mismatched quotation marks included, the
 * page numbers of the original left out by quoting around them).
 */
import type { RuleSource } from '../../rule.ts';

const SEED = '003_48727d6c2cb8523b.txt';

const PRESENTATION = 'Presentazione domande di CIG in deroga (di seguito anche CIGD)';

export const ELBA_ONLY: RuleSource = {
  seed: SEED,
  section: 'Premessa',
  quote:
    'Le domande di CIG in deroga di cui alla lett. f) possono essere avanzate solo da aziende artigiane aderenti all’Ente Lombardo ' +
    'Bilaterale dell’Artigianato che hanno sottoscritto gli accordi di cui sopra.',
};

export const PERIOD_LENGTH: RuleSource = {
  seed: SEED,
  section: `${PRESENTATION} – durata del periodo (dopo la lettera e)`,
  quote:
    'Si precisa che le domande sopra richiamate potranno prevedere un periodo di durata di trattamento di CIG in deroga per un periodo ' +
    'inferiore ai 30 giorni ma non superiore ai 90 giorni e comunque non oltre il 31 dicembre 2015.',
};

export const START_AFTER_AGREEMENT: RuleSource = {
  seed: SEED,
  section: `${PRESENTATION} – lettera d), sezione G) Intervento`,
  quote:
    'Ciò significa che, laddove sono stati sottoscritti accordi sindacali recanti una data di stipula successiva alla decorrenza delle ' +
    'sospensioni, Regione non riconoscerà il periodo di cassa antecedente alla data di stipula dell’accordo. La data inizio CIGD potrà ' +
    'coincidere con la data di sottoscrizione dell’accordo oppure sarà una data successiva a quella di sottoscrizione.',
};

export const AGREEMENT_KIND: RuleSource = {
  seed: SEED,
  section: `${PRESENTATION} – lettera d), tipologia di accordo sindacale`,
  quote:
    'accordo sindacale ai sensi dell\'art. 3 comma 17 della L.92/12 (per le domande riferite ai 2 accordi sottoscritti entro il 23/9/2015 ' +
    'con inizio delle sospensioni in data antecedente al 24 settembre 2015 ma riferiti a domande non pervenute all’INPS nei termini); ' +
    'accordo sindacale regionale artigianato del 16/10/15 (per le istanze che risultano presentate all’ELBA in attuazione dell\'accordo ' +
    'regionale artigianato del 16/10/15 con data inizio periodo dal 24/9/2015); accordo sindacale standard (per le domande riferite ad ' +
    'accordi sindacali stipulati in attuazione dell’Addendum).',
};

/** Point 3 of the agreements to attach: the cause of a standard agreement (quoted in the reasoning of agreement-kind). */
export const STANDARD_CAUSE_QUOTE = 'La causale da indicare nell’accordo sindacale è "crisi aziendale”.';

export const INPS_PROTOCOL: RuleSource = {
  seed: SEED,
  section: `${PRESENTATION} – lettera b), sez. E) Dati INPS`,
  quote:
    'b) nella sez. E) Dati INPS, come avviene, abitualmente, deve essere indicata la modalità del pagamento diretto, inoltre occorre ' +
    'dichiarare l’avvenuta presentazione della domanda all’INPS e inserire il protocollo della stessa;',
};

export const ACTUAL_DATA: RuleSource = {
  seed: SEED,
  section: `${PRESENTATION} – lettera d), sezione G) Intervento`,
  quote:
    'd) nella sezione G) Intervento, riguardo al periodo di CIGD dovrà essere indicata la data effettiva d’inizio delle sospensioni e ' +
    'la data effettiva di fine sospensione (dati reali non la previsione).',
};
