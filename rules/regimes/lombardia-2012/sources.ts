/** The seed passages the lombardia-2012 rules cite (seed 004, quoted verbatim; " … " marks text left out between two passages). */
import type { RuleSource } from '../../rule.ts';

const SEED = '004_b896d9eb88ba3526.txt';

const NOTE = 'Nota del 19 aprile 2012 – Sospensioni programmate: gestione del calendario e rendicontazione';
const PROCEDURE = `${NOTE}, «Procedura per inviare le comunicazioni di sospensione»`;

export const SUBMISSION: RuleSource = {
  seed: SEED,
  section: NOTE,
  quote:
    'quindi è possibile effettuare tali comunicazioni a partire da quando la domanda di cassa è presente nel ' +
    'sistema (si ricorda che il termine per la presentazione della domanda di CIGD è: entro 20 giorni dall’inizio ' +
    'delle sospensioni).',
};

export const ONE_MONTH: RuleSource = {
  seed: SEED,
  section: PROCEDURE,
  quote:
    'Per le aziende che invece hanno già inserito per il 1° trimestre 2012 comunicazioni di sospensione dalla prima ' +
    'volta che il lavoratore è stato sospeso, le stesse saranno ritenute valide se il periodo di riferimento ' +
    'massimo è il mese. Dovranno invece essere ricomunicati periodi oltre il mese di riferimento poiché le ore ' +
    'programmate di sospensione devono essere correlate alle ore della rendicontazione (verifica della coerenza dei ' +
    'dati).',
};

export const IN_ADVANCE: RuleSource = {
  seed: SEED,
  section: PROCEDURE,
  quote:
    'Dal 16 aprile le comunicazioni di sospensione programmate devono essere inviate preventivamente: non più tardi ' +
    'del primo giorno lavorativo della settimana di riferimento e comunque non più tardi della data d’inizio ' +
    'sospensione.',
};

export const WEEKLY: RuleSource = {
  seed: SEED,
  section: PROCEDURE,
  quote:
    'Nel caso in cui i lavoratori nell’arco della settimana siano sospesi uno o più giorni anche non continuativi, ' +
    'ma non per tutta la settimana deve essere comunque indicato il periodo settimanale e le ore di sospensione ' +
    'programmate. … Nel caso in cui i lavoratori siano sospesi a zero ore per un periodo lungo è possibile inserire ' +
    'una comunicazione di sospensione per un periodo equivalente al mese.',
};

export const REPORT_BY_15TH: RuleSource = {
  seed: SEED,
  section: NOTE,
  quote:
    'Per ogni lavoratore, in attesa dell’entrata in vigore del modello UNI-EMENS, deve essere comunicato anche il ' +
    'rendiconto mensile delle ore di sospensione effettivamente utilizzate entro il 15 del mese successivo a quello ' +
    'a cui la rendicontazione fa riferimento. … La nota informa che a breve sarà implementata nel sistema informativo ' +
    'anche la funzionalità riguardante la rendicontazione mensile (ore di sospensione effettivamente utilizzate da ciascun ' +
    'lavoratore da compilare entro il 15 del mese successivo a quello cui la consuntivazione fa riferimento - come previsto ' +
    'per l’invio mensile del mod. INPS SR/41). Sarà cura della Regione Lombardia comunicare, nelle forme opportune, la data ' +
    'in cui sarà possibile inserire anche la rendicontazione. … Nell’esempio sopra indicato, relativamente alla ' +
    'rendicontazione mensile, quando sarà implementato il sistema informativo, per il mese di gennaio per quel lavoratore ' +
    'saranno inserite 70 ore, per febbraio 150 ore, per marzo 0 (zero) ore.',
};

export const REPORT_MATCHES: RuleSource = {
  seed: SEED,
  section: PROCEDURE,
  quote:
    'Nell’esempio sopra indicato, relativamente alla rendicontazione mensile, quando sarà implementato il sistema ' +
    'informativo, per il mese di gennaio per quel lavoratore saranno inserite 70 ore, per febbraio 150 ore, per ' +
    'marzo 0 (zero) ore. … Si ricorda che le ore programmate di sospensione devono essere correlate alle ore della ' +
    'rendicontazione (verifica della coerenza dei dati).',
};
