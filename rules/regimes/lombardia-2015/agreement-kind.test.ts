import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import type { Draft } from '../../schema.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { art3Draft, artigianatoDraft, standardDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/agreement-kind';

function found(draft: Draft) {
  return findingsOf(judge(draft, { today: TODAY }), RULE);
}

type Case = { name: string; draft: () => Draft; fields: string[][]; messages?: RegExp[] };

// Seed 003, letter d: art. 3 c. 17 L. 92/2012 "sottoscritti entro il 23/9/2015 con inizio delle sospensioni in data
// antecedente al 24 settembre 2015"; regional artisan agreement of 16/10/15 "con data inizio periodo dal 24/9/2015";
// standard agreement under the Addendum, "La causale da indicare nell’accordo sindacale è "crisi aziendale”".
const art3 = (agreement: Record<string, unknown>, period: Record<string, unknown> = {}) => () =>
  withChanges(art3Draft(), { agreement, period });
const artigianato = (start: string) => () =>
  withChanges(artigianatoDraft(), { period: { start }, agreement: { start, signedOn: start } });
const standard = (cause: string | undefined) => () => withChanges(standardDraft(), { agreement: { cause } });

const cases: Case[] = [
  // art. 3 comma 17: the signing edge (the base starts on 01/09/2015)
  { name: 'art. 3 c. 17 signed 31/08/2015 (the base)', draft: art3({}), fields: [] },
  { name: 'art. 3 c. 17 signed 22/09/2015', draft: art3({ signedOn: '2015-09-22' }), fields: [] },
  { name: 'art. 3 c. 17 signed 23/09/2015', draft: art3({ signedOn: '2015-09-23' }), fields: [] },
  {
    name: 'art. 3 c. 17 signed 24/09/2015: refused',
    draft: art3({ signedOn: '2015-09-24' }),
    fields: [['agreement.signedOn', 'agreement.kind']],
    messages: [/^L’accordo sindacale ai sensi dell’art\. 3 comma 17 della L\.92\/12 vale solo per gli accordi sottoscritti entro il 23\/09\/2015: questo è firmato il 24\/09\/2015\./],
  },
  // art. 3 comma 17: the start edge (signed on the start day)
  { name: 'art. 3 c. 17 starting 22/09/2015', draft: art3({ signedOn: '2015-09-22' }, { start: '2015-09-22' }), fields: [] },
  { name: 'art. 3 c. 17 starting 23/09/2015', draft: art3({ signedOn: '2015-09-23' }, { start: '2015-09-23' }), fields: [] },
  {
    name: 'art. 3 c. 17 starting 24/09/2015: refused',
    draft: art3({ signedOn: '2015-09-23' }, { start: '2015-09-24' }),
    fields: [['period.start', 'agreement.kind']],
    messages: [/vale solo per sospensioni iniziate prima del 24\/09\/2015: la data inizio è il 24\/09\/2015\. .*altrimenti la data inizio può essere al massimo il 23\/09\/2015\./],
  },
  {
    name: 'art. 3 c. 17 signed and starting 25/09/2015: both refused, each on its fields',
    draft: art3({ signedOn: '2015-09-25' }, { start: '2015-09-25' }),
    fields: [['agreement.signedOn', 'agreement.kind'], ['period.start', 'agreement.kind']],
  },
  // regional artisan agreement of 16/10/15: the start edge
  {
    name: 'artisan agreement 16/10/15 starting 23/09/2015: refused',
    draft: artigianato('2015-09-23'),
    fields: [['period.start', 'agreement.kind']],
    messages: [/^L’accordo sindacale regionale artigianato del 16\/10\/15 vale per i periodi con inizio dal 24\/09\/2015: la data inizio è il 23\/09\/2015\. Porta la data inizio almeno al 24\/09\/2015/],
  },
  { name: 'artisan agreement 16/10/15 starting 24/09/2015', draft: artigianato('2015-09-24'), fields: [] },
  { name: 'artisan agreement 16/10/15 starting 25/09/2015', draft: artigianato('2015-09-25'), fields: [] },
  {
    name: 'seed: the third firm signed a new artisan agreement "per il solo mese di dicembre"',
    draft: () => withChanges(artigianatoDraft(), {
      period: { start: '2015-12-01', end: '2015-12-31' },
      agreement: { signedOn: '2015-11-30', start: '2015-12-01', end: '2015-12-31' },
    }),
    fields: [],
  },
  // standard agreement: the cause
  { name: 'standard, cause "crisi aziendale"', draft: standard('crisi aziendale'), fields: [] },
  { name: 'standard, cause "Crisi  Aziendale" (case and spaces aside)', draft: standard(' Crisi  Aziendale '), fields: [] },
  { name: 'standard, cause in quotation marks as the seed writes it', draft: standard('"crisi aziendale”'), fields: [] },
  {
    name: 'standard, another cause: refused',
    draft: standard('crisi occupazionale'),
    fields: [['agreement.cause']],
    messages: [/^La causale dell’accordo sindacale standard è «crisi occupazionale»: .*deve essere «crisi aziendale»\. Indica «crisi aziendale» come causale dell’accordo\.$/],
  },
  { name: 'standard, empty cause: refused', draft: standard(''), fields: [['agreement.cause']], messages: [/^Manca la causale dell’accordo sindacale standard/] },
  { name: 'standard, no cause: refused', draft: standard(undefined), fields: [['agreement.cause']], messages: [/^Manca la causale/] },
  {
    name: 'standard starting before 24/09/2015: no date limit for it',
    draft: () => withChanges(standardDraft(), { period: { start: '2015-09-01', end: '2015-09-30' }, agreement: { signedOn: '2015-09-01', start: '2015-09-01' } }),
    fields: [],
  },
  // no agreement, or one the menu does not offer (seed over rules.md)
  {
    name: 'no agreement: refused',
    draft: () => withChanges(artigianatoDraft(), { agreement: undefined }),
    fields: [['agreement']],
    messages: [/^Manca l’accordo sindacale: .*«accordo sindacale ai sensi dell’art\. 3 comma 17 della L\.92\/12», «accordo sindacale regionale artigianato del 16\/10\/15», «accordo sindacale standard»\.$/],
  },
  {
    name: 'a Piemonte kind (categorie): refused',
    draft: () => withChanges(artigianatoDraft(), { agreement: { kind: 'categorie' } }),
    fields: [['agreement.kind']],
    messages: [/^La tipologia di accordo «categorie» non è prevista per le domande della lettera f\): seleziona «accordo sindacale ai sensi/],
  },
  {
    name: 'a Piemonte kind (commissione-sindacale): refused',
    draft: () => withChanges(artigianatoDraft(), { agreement: { kind: 'commissione-sindacale' } }),
    fields: [['agreement.kind']],
  },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const f = found(c.draft());
      expect(f.map((x) => x.fields)).toEqual(c.fields);
      for (const x of f) {
        expect(x.severity).toBe('error');
        expect(x.source).toContain('003_48727d6c2cb8523b.txt');
      }
      c.messages?.forEach((m, i) => expect(f[i].message).toMatch(m));
    });
  }
});
