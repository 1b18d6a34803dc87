/**
 * The marks of pages.md on each bound field: data-cigd-path,
 * data-cigd-severity (error | warning | info | ok) and data-cigd-rules.
 * Attributes are written only when they change, so the page's own observers
 * and styles are not churned on every keystroke.
 */
import type { Severity, Verdict } from '../../rules/index.ts';
import type { Binding } from '../pages/bind.ts';
import type { InputProblem } from './read-page.ts';

export const INPUT_RULE = 'input/format';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type FieldMark = { severity: Severity | 'ok'; rules: string[] };

/** Findings and input problems by draft path. */
export function marksByPath(verdict: Verdict | null, problems: InputProblem[]): Map<string, FieldMark> {
  const marks = new Map<string, FieldMark>();
  const add = (path: string, severity: Severity, rule: string) => {
    const m = marks.get(path) ?? { severity: 'ok' as Severity | 'ok', rules: [] };
    if (m.severity === 'ok' || RANK[severity] < RANK[m.severity]) m.severity = severity;
    if (!m.rules.includes(rule)) m.rules.push(rule);
    marks.set(path, m);
  };
  for (const f of verdict?.findings ?? []) for (const path of f.fields) add(path, f.severity, f.rule);
  for (const p of problems) add(p.path, 'error', INPUT_RULE);
  return marks;
}

/** The mark for a field: its own path, or a finding on a path inside it (e.g. `agreement` for `agreement.workers` is not). */
export function markFor(marks: Map<string, FieldMark>, path: string): FieldMark {
  return marks.get(path) ?? { severity: 'ok', rules: [] };
}

export function applyMarks(bindings: Binding[], marks: Map<string, FieldMark>): void {
  for (const b of bindings) {
    const m = markFor(marks, b.path);
    setAttr(b.element, 'data-cigd-path', b.path);
    setAttr(b.element, 'data-cigd-severity', m.severity);
    setAttr(b.element, 'data-cigd-rules', m.rules.join(' '));
    if (m.severity === 'error') setAttr(b.element, 'aria-invalid', 'true');
    else if (b.element.getAttribute('aria-invalid') === 'true' && b.element.hasAttribute('data-cigd-severity')) b.element.removeAttribute('aria-invalid');
  }
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
