import { describe, expect, it } from 'vitest';
import { piemonte2020Draft } from '../rules/testing.ts';
import { judge } from '../rules/index.ts';
import { VerdictMemo } from './verdicts.ts';

const record = (revision: number, draft: Record<string, unknown> = piemonte2020Draft()) => ({ id: 'd1', revision, draft });
const submission = (memo: VerdictMemo, r: ReturnType<typeof record>, today: string) =>
  memo.of(r, today)?.deadlines.find((d) => d.id === 'submission')?.status;

describe('VerdictMemo', () => {
  it('gives the Verdict judge gives, and the same one again for the same revision and day', () => {
    const memo = new VerdictMemo();
    const first = memo.of(record(1), '2020-04-10');
    expect(first).toEqual(judge(piemonte2020Draft(), { today: '2020-04-10' }));
    expect(memo.of(record(1), '2020-04-10')).toBe(first);
  });

  it('judges again when the day changes: the application deadline of 31/05/2020 goes from future to missed', () => {
    const memo = new VerdictMemo();
    expect(submission(memo, record(1), '2020-04-10')).toBe('future');
    expect(submission(memo, record(1), '2020-06-01')).toBe('missed');
    expect(submission(memo, record(1), '2020-04-10')).toBe('future');
  });

  it('judges again a new revision of the same draft', () => {
    const memo = new VerdictMemo();
    const sent = { ...piemonte2020Draft(), submittedOn: '2020-04-08' };
    expect(submission(memo, record(1), '2020-06-01')).toBe('missed');
    expect(submission(memo, record(2, sent), '2020-06-01')).toBe('met');
  });

  it('a stored draft that no longer passes the schema has no Verdict', () => {
    const memo = new VerdictMemo();
    const { period: _period, ...broken } = piemonte2020Draft();
    expect(memo.of(record(3, broken), '2020-04-10')).toBeNull();
  });

  it('keeps at most its limit, forgetting the least recently used first', () => {
    const memo = new VerdictMemo(2);
    const a = memo.of({ id: 'a', revision: 1, draft: piemonte2020Draft() }, '2020-04-10');
    const b = memo.of({ id: 'b', revision: 1, draft: piemonte2020Draft() }, '2020-04-10');
    expect(memo.of({ id: 'a', revision: 1, draft: piemonte2020Draft() }, '2020-04-10')).toBe(a); // a is now the most recent
    memo.of({ id: 'c', revision: 1, draft: piemonte2020Draft() }, '2020-04-10'); // over the limit: b goes
    expect(memo.of({ id: 'a', revision: 1, draft: piemonte2020Draft() }, '2020-04-10')).toBe(a);
    const bAgain = memo.of({ id: 'b', revision: 1, draft: piemonte2020Draft() }, '2020-04-10');
    expect(bAgain).not.toBe(b);
    expect(bAgain).toEqual(b);
  });
});
