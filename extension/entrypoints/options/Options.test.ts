import { describe, expect, it } from 'vitest';
import { describeSync, differingValues } from './Options.tsx';

const conflict = { key: 'k', title: 't', local: {} as never, remote: { revision: 2, draft: {} as never, updatedBy: 'Otto', updatedAt: '2020-04-01T10:00:00Z' } };

describe('the sync state in words', () => {
  it('one conflict is singular, two are plural', () => {
    expect(describeSync({ kind: 'conflicts', conflicts: [conflict] })).toBe('1 conflitto da risolvere');
    expect(describeSync({ kind: 'conflicts', conflicts: [conflict, { ...conflict, key: 'j' }] })).toBe('2 conflitti da risolvere');
  });

  it('names the drafts the server refused this round', () => {
    expect(describeSync({ kind: 'conflicts', conflicts: [conflict], failures: [{ key: 'x', title: 'Rossi Bar', message: 'Errore interno.' }] }))
      .toBe('1 conflitto da risolvere; non inviate: Rossi Bar (Errore interno.)');
  });
});

describe('a conflict shown to the operator', () => {
  const draft = (end: string, hired: string) => ({
    format: 'cigd-draft/1', employer: { name: 'Rossi Bar', fiscalCode: '01234567897', category: 'impresa' },
    unit: { id: 'U1', comune: 'Torino', region: 'Piemonte' }, period: { start: '2020-03-09', end },
    workers: [{ fiscalCode: 'RSSMRA80A01L219M', hiredOn: hired, contract: 'full-time' }],
  }) as never;

  it('names each differing field in Italian, with dd/MM/yyyy dates, never the draft\'s keys or JSON', () => {
    const mine = draft('2020-04-06', '2015-01-01');
    const theirs = draft('2020-04-07', '2015-01-01');
    expect(differingValues('period', mine, theirs)).toEqual([{ label: 'Data fine periodo', mine: '06/04/2020', theirs: '07/04/2020' }]);
    expect(differingValues('workers', draft('2020-04-06', '2015-01-01'), draft('2020-04-06', '2016-02-01')))
      .toEqual([{ label: 'Data assunzione (riga 1)', mine: '01/01/2015', theirs: '01/02/2016' }]);
  });

  it('names coded values as the portals word them: «Apprendistato», «Accordo in Commissione sindacale regionale», never `apprentice`', () => {
    const mine = { ...(draft('2020-04-06', '2015-01-01') as object), agreement: { kind: 'commissione-sindacale' } } as never;
    const theirs = {
      ...(draft('2020-04-06', '2015-01-01') as object),
      workers: [{ fiscalCode: 'RSSMRA80A01L219M', hiredOn: '2015-01-01', contract: 'apprentice' }],
      agreement: { kind: 'standard' },
    } as never;
    expect(differingValues('workers', mine, theirs)).toEqual([{ label: 'Tipo contratto (riga 1)', mine: 'Tempo pieno', theirs: 'Apprendistato' }]);
    expect(differingValues('agreement', mine, theirs)).toEqual([{ label: 'Tipo accordo', mine: 'Accordo in Commissione sindacale regionale', theirs: 'accordo sindacale standard' }]);
  });
});
