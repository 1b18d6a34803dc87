/** The seed passages the piemonte-2020 rules cite (seed 001, quoted verbatim). */
import type { RuleSource } from '../../rule.ts';

const SEED = '001_97bd8f50a7fc0b82.txt';

export const PERIOD: RuleSource = {
  seed: SEED,
  section: 'Regole generali di gestione della CIGD – Caratteristiche del periodo',
  quote:
    'La durata massima di ogni domanda è stabilita in 5 settimane, pari a 35 giorni di calendario, e quella minima in 5 giorni. ' +
    'Il sistema controlla che ogni domanda rientri entro questi termini e blocca la data fine se questa cade oltre i 35 giorni o se il periodo è inferiore a 5 giorni.',
};
