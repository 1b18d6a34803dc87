/**
 * Judging a draft that is still being typed. The schema refuses a draft with
 * an empty date, a half-filled worker row or an agreement with only its date;
 * rather than judging nothing, the rows and optional parts that do not pass
 * are left out of the judged copy (their problems are shown on their own
 * fields) and the findings' paths are mapped back to the page. When a part
 * the draft cannot do without is missing (the period: GECO has no such
 * field), no rule set can run, but the rules that read only codes (codici
 * fiscali, IBANs) still do: they run once, on the whole page, and the judged
 * copy gets the other rules. What was not judged is said (`verdict: null`,
 * `unjudgedParts`), so no field there is marked `ok` by mistake.
 */
import { judge, judgeCodes, parseDraft, type Draft, type Finding, type Verdict } from '../../rules/index.ts';
import { CODE_FIELDS, judgeExceptCodes } from '../../rules/engine.ts';
import { BAD_DATE, type InputProblem } from './read-page.ts';
import { getPath } from '../pages/paths.ts';

export type LiveResult = {
  /** The rules of the draft's regime on the judged copy; null when a required part is missing. */
  verdict: Verdict | null;
  /**
   * What the code rules found when the draft did not pass the schema whole: run once on all of it (rows
   * left out too, each named by its own row), so `verdict` then holds the regime's other rules only.
   */
  codeFindings: Finding[];
  /** Schema problems, each on a draft path, for fields the operator must complete or fix. */
  problems: InputProblem[];
  /** Parts left out of the judged copy, half filled: `workers[1]`, `agreement`, `reports[0]`… The rules did not see them (but for their codes). */
  unjudgedParts: string[];
};

/** Optional objects of the draft: one half filled is left out, not the whole draft. */
const OPTIONAL_OBJECTS = new Set(['agreement', 'inps', 'correctionEmail']);
/** Lists whose half-filled element is left out: the worker rows and the optional lists. */
const PARTIAL_LISTS = new Set(['workers', 'previousApplications', 'attachments', 'reports', 'suspensions', 'sr41']);
/** A field the code rules judge (engine's CODE_FIELDS): judged whatever else is missing. */
const isCodeField = (path: string) => CODE_FIELDS.includes(path.replace(/\[\d+\]/g, '[*]'));

/** Where a schema problem can be set aside: an element of a list above, or an optional object; null when it cannot. */
function leaveOut(path: string): { list: string; index: number } | { object: string } | null {
  const element = /^([A-Za-z]+)\[(\d+)\]/.exec(path);
  if (element && PARTIAL_LISTS.has(element[1])) return { list: element[1], index: Number(element[2]) };
  const top = /^[A-Za-z]+/.exec(path)?.[0];
  return top && OPTIONAL_OBJECTS.has(top) ? { object: top } : null;
}

/**
 * A schema issue as the operator reads it: an empty field is only missing (not
 * an error, the part waits); dates are written gg/mm/aaaa, never as ISO.
 */
function pageProblem(draft: Draft, path: string, message: string): InputProblem {
  const value = getPath(draft, path);
  if (value === undefined || value === '') return { path, message: 'da compilare', missing: true };
  return { path, message: /AAAA-MM-GG/.test(message) ? BAD_DATE : message };
}

export function judgePartial(draft: Draft, today: string): LiveResult {
  const first = parseDraft(draft);
  if (first.ok) return { verdict: judge(first.draft, { today }), codeFindings: [], problems: [], unjudgedParts: [] };

  const problems = first.issues.map((i) => pageProblem(draft, i.path, i.message));
  const withProblem = new Set(problems.map((p) => p.path));
  // The code rules' findings, but not on a path whose problem is already shown (an empty code is "campo obbligatorio").
  const codes = judgeCodes(draft, { today }).filter((f) => !f.fields.some((p) => withProblem.has(p)));

  const leftOut = new Map<string, Set<number>>();
  const objects = new Set<string>();
  let blocking = false;
  for (const { path } of problems) {
    const part = leaveOut(path);
    if (!part) blocking = true;
    else if ('object' in part) objects.add(part.object);
    else leftOut.set(part.list, (leftOut.get(part.list) ?? new Set()).add(part.index));
  }
  if (blocking) return { verdict: null, codeFindings: codes, problems, unjudgedParts: [] };

  // The judged copy, and for each shortened list the page's index of each index kept.
  const copy: Record<string, unknown> = { ...draft };
  for (const key of objects) delete copy[key];
  const kept = new Map<string, number[]>();
  for (const [list, bad] of leftOut) {
    const indexes: number[] = [];
    copy[list] = (draft[list as keyof Draft] as unknown[]).filter((_, i) => (bad.has(i) ? false : (indexes.push(i), true)));
    kept.set(list, indexes);
  }
  const second = parseDraft(copy);
  if (!second.ok) return { verdict: null, codeFindings: codes, problems, unjudgedParts: [] };
  // Workers after a row left out are named by their row on the page.
  const verdict = judgeExceptCodes(second.draft, { today, workerRows: kept.get('workers') });
  const back = (path: string) => path.replace(/^([A-Za-z]+)\[(\d+)\]/, (whole, list: string, j: string) => {
    const indexes = kept.get(list);
    return indexes ? `${list}[${indexes[Number(j)]}]` : whole;
  });
  for (const f of verdict.findings) f.fields = f.fields.map(back);
  // A part left out is not absent: what the rules say of it alone ("Manca l’accordo") waits for it.
  const onLeftOut = (path: string) => objects.has(/^[A-Za-z]+/.exec(path)?.[0] ?? '');
  verdict.findings = verdict.findings.filter((f) => !(f.fields.length > 0 && f.fields.every(onLeftOut)));

  const unjudgedParts = [
    ...objects,
    ...[...leftOut].flatMap(([list, bad]) => [...bad].sort((a, b) => a - b).map((i) => `${list}[${i}]`)),
  ];
  return { verdict, codeFindings: codes, problems, unjudgedParts };
}

/** True when rules ran on the field at `path`: the code rules on a code, or the regime's on a part of the judged copy. */
export function wasJudged(result: Pick<LiveResult, 'verdict' | 'unjudgedParts'>, path: string): boolean {
  if (isCodeField(path)) return true;
  return result.verdict !== null && !result.unjudgedParts.some((part) => path === part || path.startsWith(`${part}.`) || path.startsWith(`${part}[`));
}

/** The worker rows among the parts left out (0-based), for the overlay's note. */
export function unjudgedRows(parts: string[]): number[] {
  return parts.flatMap((part) => {
    const row = /^workers\[(\d+)\]$/.exec(part);
    return row ? [Number(row[1])] : [];
  });
}

/** Every finding to show and mark: the verdict's and the code rules' where the verdict did not look. */
export function liveFindings(result: Pick<LiveResult, 'verdict' | 'codeFindings'>): Finding[] {
  return [...(result.verdict?.findings ?? []), ...result.codeFindings];
}
