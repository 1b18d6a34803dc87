/**
 * Judging a draft that is still being typed. The schema refuses a draft with
 * an empty date or a half-filled worker row; rather than judging nothing, the
 * rows that do not pass are left out of the judged copy (their problems are
 * shown on their own fields) and the findings' paths are mapped back to the
 * rows on the page. What was not judged is said (`verdict: null`, or the rows
 * in `unjudgedRows`), so no field there is marked `ok` by mistake.
 */
import { judge, parseDraft, type Draft, type Verdict } from '../../rules/index.ts';
import type { InputProblem } from './read-page.ts';

export type LiveResult = {
  verdict: Verdict | null;
  /** Schema problems, each on a draft path, for fields the operator must complete or fix. */
  problems: InputProblem[];
  /** Worker rows left out of the judged copy: the rules did not see them. Empty when `verdict` is null (nothing was judged). */
  unjudgedRows: number[];
};

const ROW = /^workers\[(\d+)\]/;

export function judgePartial(draft: Draft, today: string): LiveResult {
  const first = parseDraft(draft);
  if (first.ok) return { verdict: judge(first.draft, { today }), problems: [], unjudgedRows: [] };

  const problems = first.issues.map((i) => ({ path: i.path, message: i.message }));
  const badRows = new Set<number>();
  let otherProblems = false;
  for (const issue of first.issues) {
    const m = ROW.exec(issue.path);
    if (m) badRows.add(Number(m[1]));
    else otherProblems = true;
  }
  if (otherProblems) return { verdict: null, problems, unjudgedRows: [] };

  const kept: number[] = [];
  const workers = draft.workers.filter((_, i) => (badRows.has(i) ? false : (kept.push(i), true)));
  const second = parseDraft({ ...draft, workers });
  if (!second.ok) return { verdict: null, problems, unjudgedRows: [] };
  const verdict = judge(second.draft, { today });
  const remap = (path: string) => path.replace(ROW, (_, j) => `workers[${kept[Number(j)]}]`);
  for (const f of verdict.findings) f.fields = f.fields.map(remap);
  return { verdict, problems, unjudgedRows: [...badRows].sort((a, b) => a - b) };
}

/** True when the rules ran on the field at `path`: there is a verdict and the field's row was not left out. */
export function wasJudged(result: Pick<LiveResult, 'verdict' | 'unjudgedRows'>, path: string): boolean {
  if (!result.verdict) return false;
  const m = ROW.exec(path);
  return !m || !result.unjudgedRows.includes(Number(m[1]));
}
