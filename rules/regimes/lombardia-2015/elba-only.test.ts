import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import type { Draft } from '../../schema.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { artigianatoDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/elba-only';

function found(employer: Partial<Draft['employer']> | Record<string, unknown>) {
  return findingsOf(judge(withChanges(artigianatoDraft(), { employer }), { today: TODAY }), RULE);
}

// Seed 003, Premessa: "possono essere avanzate solo da aziende artigiane aderenti all’Ente Lombardo Bilaterale dell’Artigianato".
const cases: { name: string; employer: Record<string, unknown>; fields: string[][]; messages?: RegExp[] }[] = [
  { name: 'artisan firm adhering to ELBA', employer: {}, fields: [] },
  {
    name: 'adhesion stated false: refused',
    employer: { elbaMember: false },
    fields: [['employer.elbaMember']],
    messages: [/L’impresa risulta non aderente a ELBA.*«Impresa aderente ad ELBA \(domande lettera f Addendum 2015\)»/],
  },
  {
    name: 'adhesion not stated: refused, asks to select the ELBA type in section A',
    employer: { elbaMember: undefined },
    fields: [['employer.elbaMember']],
    messages: [/Manca l’adesione a ELBA.*sezione A\) la tipologia aziendale «Impresa aderente ad ELBA/],
  },
  {
    name: 'a non-artisan firm adhering to ELBA: refused on the category',
    employer: { category: 'impresa' },
    fields: [['employer.category']],
    messages: [/il datore di lavoro risulta impresa \(non artigiana\)\. Se l’impresa è artigiana correggi la categoria in «impresa artigiana»/],
  },
  {
    name: 'a non-artisan firm not adhering: both problems, each on its field',
    employer: { category: 'impresa', elbaMember: false },
    fields: [['employer.category'], ['employer.elbaMember']],
  },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const f = found(c.employer);
      expect(f.map((x) => x.fields)).toEqual(c.fields);
      for (const x of f) {
        expect(x.severity).toBe('error');
        expect(x.source).toContain('003_48727d6c2cb8523b.txt, Premessa');
      }
      c.messages?.forEach((m, i) => expect(f[i].message).toMatch(m));
    });
  }

  it.each([
    ['agricola', 'impresa agricola'],
    ['studio-professionale', 'studio professionale'],
    ['non-imprenditore', 'datore di lavoro non imprenditore'],
    ['domestico', 'datore di lavoro domestico'],
    ['agenzia-somministrazione', 'agenzia di somministrazione'],
  ])('category %s: refused, named "%s"', (category, name) => {
    const f = found({ category });
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(`il datore di lavoro risulta ${name}.`);
  });
});
