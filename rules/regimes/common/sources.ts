/**
 * The seed passages the common rules cite. The seeds say little about fiscal
 * codes and IBANs as such: each rule cites the passage that makes the datum
 * necessary (AMINDER's data checks, the IBAN on the SR41, one entry per worker).
 */
import type { RuleSource } from '../../rule.ts';

const SEED_000 = '000_91a991e1b573b3c4.txt';
const SEED_001 = '001_97bd8f50a7fc0b82.txt';

export const PERIOD_CHECKED: RuleSource = {
  seed: SEED_001,
  section: 'Regole generali di gestione della CIGD – Caratteristiche del periodo',
  quote:
    'Il sistema controlla che ogni domanda rientri entro questi termini e blocca la data fine se questa cade oltre i 35 giorni o se il periodo è inferiore a 5 giorni.',
};

export const EMPLOYER_DATA: RuleSource = {
  seed: SEED_000,
  section: 'Gestione ammortizzatori sociali in deroga (AMINDER) – Presentazione',
  quote:
    'Prima di presentare la domanda di Cassa in Deroga con AMINDER i dati dell’Azienda devono essere verificati con attenzione.',
};

export const SR41_IBAN: RuleSource = {
  seed: SEED_001,
  section: 'Quando può essere liquidata l’integrazione salariale – Per le aziende',
  quote:
    'E\' necessario inviare un modulo per ogni dipendente in CIGD con l\'indicazione del Codice IBAN su cui indirizzare l\'importo da erogare, ' +
    'a cui si associa la contribuzione figurativa valida a fini pensionistici. In mancanza di tale adempimento, l\'integrazione salariale non può essere liquidata.',
};

export const EACH_WORKER: RuleSource = {
  seed: SEED_001,
  section: 'Importante – consuntivo delle ore per ogni dipendente',
  quote:
    'Quando la domanda è stata trasmessa con successo su Aminder, il datore di lavoro deve imputare sull\'apposita sezione dell\'applicativo ' +
    'le ore effettive di sospensione dal lavoro per ogni singolo dipendente.',
};

export const DATED_RULES: RuleSource = {
  seed: SEED_001,
  section: 'Regole generali di gestione della CIGD – Caratteristiche del periodo',
  quote:
    'Il periodo massimo concedibile è di 9 settimane con decorrenza non precedente al 23 febbraio 2020.',
};
