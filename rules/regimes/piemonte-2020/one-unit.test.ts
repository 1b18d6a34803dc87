import { describe, expect, it } from 'vitest';
import { draftWith, findings } from './fixtures.ts';

const RULE = 'piemonte-2020/one-unit';

const U1 = { id: 'U1', name: 'Sede di Torino', comune: 'Torino', region: 'Piemonte', employees: 3 };
const U2 = { id: 'U2', name: 'Negozio via Roma', comune: 'Torino', region: 'Piemonte', employees: 8 };
const U3 = { id: 'U3', name: 'Negozio di Asti', comune: 'Asti', region: 'Piemonte', employees: 2 };

/** The base workers, the third one of unit `unitId`. */
function thirdIn(unitId: string | undefined, units: Record<string, unknown>[] = [U1, U2, U3]) {
  const workers = draftWith().workers.map((w, i) => (i === 2 ? { ...w, unitId } : w));
  return { employer: { units }, workers };
}

describe(RULE, () => {
  it('every worker of the application unit: fine', () => {
    expect(findings(RULE, thirdIn('U1'))).toEqual([]);
    expect(findings(RULE, thirdIn(undefined))).toEqual([]);
  });

  it('a worker of a unit in another comune: blocked, on that worker', () => {
    const found = findings(RULE, thirdIn('U3'));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual(['workers[2].unitId']);
    expect(found[0].message).toMatch(/altri Comuni \(Asti\)/);
  });

  it('same comune, merged under the smaller unit: warning naming the larger one', () => {
    const found = findings(RULE, thirdIn('U2'));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].fields).toEqual(['unit.id']);
    expect(found[0].message).toMatch(/Negozio via Roma \(U2\) \(8 occupati\)/);
  });

  it('same comune, merged under the larger unit: fine', () => {
    const units = [{ ...U1, employees: 9 }, U2, U3];
    expect(findings(RULE, thirdIn('U2', units))).toEqual([]);
  });

  it('equal sizes: fine', () => {
    const units = [{ ...U1, employees: 8 }, U2, U3];
    expect(findings(RULE, thirdIn('U2', units))).toEqual([]);
  });

  it('without employees, the workers of the application per unit decide', () => {
    const units = [{ ...U1, employees: undefined }, { ...U2, employees: undefined }];
    expect(findings(RULE, thirdIn('U2', units))).toEqual([]); // 2 in U1, 1 in U2
    const workers = draftWith().workers.map((w, i) => (i === 0 ? w : { ...w, unitId: 'U2' }));
    const found = findings(RULE, { employer: { units }, workers });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/\(2 lavoratori in domanda\)/);
  });

  it('comune names compare without case or spaces', () => {
    const units = [U1, { ...U3, comune: ' TORINO ', employees: 1 }];
    expect(findings(RULE, thirdIn('U3', units))).toEqual([]);
  });
});
