/**
 * The Verdict of a stored draft revision on a given day, remembered: the
 * drafts list, the deadlines and the calendar feed judge every draft of the
 * team at each request, and a calendar app polls the feed all day. A
 * revision's content never changes, and a deadline's status changes only with
 * the day, so (draft, revision, day) decides the Verdict. Each server instance
 * keeps its own bounded memory of them; nothing here is ever stale.
 */
import { judge, parseDraft, type Verdict } from '../rules/index.ts';
import type { DraftRecord } from './store/types.ts';

/** Revisions remembered at most; the least recently used go first. */
export const REMEMBERED_VERDICTS = 5000;

export class VerdictMemo {
  private readonly verdicts = new Map<string, Verdict | null>();
  constructor(private readonly limit = REMEMBERED_VERDICTS) {}

  /** The record's Verdict on `today`; null when the stored draft no longer passes the schema. */
  of(record: Pick<DraftRecord, 'id' | 'revision' | 'draft'>, today: string): Verdict | null {
    const key = `${record.id}\u0000${record.revision}\u0000${today}`;
    if (this.verdicts.has(key)) {
      const verdict = this.verdicts.get(key)!;
      this.verdicts.delete(key); // re-inserted below: a Map iterates oldest first
      this.verdicts.set(key, verdict);
      return verdict;
    }
    const parsed = parseDraft(record.draft);
    const verdict = parsed.ok ? judge(parsed.draft, { today }) : null;
    this.verdicts.set(key, verdict);
    if (this.verdicts.size > this.limit) this.verdicts.delete(this.verdicts.keys().next().value!);
    return verdict;
  }
}
