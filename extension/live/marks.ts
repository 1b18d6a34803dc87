/**
 * The marks of pages.md on each bound field: data-cigd-path,
 * data-cigd-severity (error | warning | info | ok) and data-cigd-rules; and
 * what the operator sees of them: a red outline on an error, an amber one on a
 * warning (the attributes alone change nothing on screen).
 * `ok` only where the rules ran and found nothing: a field they did not see
 * (no verdict yet, or its worker row left out) and with no problem of its own
 * carries no severity at all. Attributes are written only when they change, so
 * the page's own observers and styles are not churned on every keystroke.
 */
import type { Finding, Severity } from '../../rules/index.ts';
import type { Binding } from '../pages/bind.ts';
import type { InputProblem } from './read-page.ts';

export const INPUT_RULE = 'input/format';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/**
 * On a field whose aria-invalid="true" is ours: the value the page had before
 * ('' when it had none), put back when our error clears. The page's own
 * aria-invalid is never removed.
 */
const OWN_ARIA_INVALID = 'data-cigd-aria-invalid';

/**
 * The outline the operator sees, set on the field itself: a stylesheet would be
 * an element of ours in the page's DOM (only <cigd-overlay> is). `!important`,
 * or the portal's own :focus or validation styles would hide it. The field's own
 * inline outline is kept in OWN_OUTLINE (JSON) and put back when ours goes.
 */
const OUTLINE: Partial<Record<Severity, string>> = { error: '2px solid #b00020', warning: '2px solid #b35c00' };
const OWN_OUTLINE = 'data-cigd-outline';
const OUTLINE_PROPS = ['outline', 'outline-offset'] as const;

export type FieldMark = { severity: Severity | 'ok'; rules: string[] };

/** Findings and input problems by draft path; a field only missing (empty) gets no mark. */
export function marksByPath(findings: Finding[], problems: InputProblem[]): Map<string, FieldMark> {
  const marks = new Map<string, FieldMark>();
  const add = (path: string, severity: Severity, rule: string) => {
    const m = marks.get(path) ?? { severity: 'ok' as Severity | 'ok', rules: [] };
    if (m.severity === 'ok' || RANK[severity] < RANK[m.severity]) m.severity = severity;
    if (!m.rules.includes(rule)) m.rules.push(rule);
    marks.set(path, m);
  };
  for (const f of findings) for (const path of f.fields) add(path, f.severity, f.rule);
  for (const p of problems) if (!p.missing) add(p.path, 'error', INPUT_RULE);
  return marks;
}

/**
 * The mark for a field: its findings and problems on its own path; `ok` when
 * there are none and the rules ran on it (`judged`); null when they did not.
 */
function markFor(marks: Map<string, FieldMark>, path: string, judged: boolean): FieldMark | null {
  return marks.get(path) ?? (judged ? { severity: 'ok', rules: [] } : null);
}

/** `judged(path)`: whether the rules ran on that field (see judge-partial's wasJudged). */
export function applyMarks(bindings: Binding[], marks: Map<string, FieldMark>, judged: (path: string) => boolean): void {
  for (const b of bindings) {
    const el = b.element;
    const m = markFor(marks, b.path, judged(b.path));
    setAttr(el, 'data-cigd-path', b.path);
    if (m) {
      setAttr(el, 'data-cigd-severity', m.severity);
      setAttr(el, 'data-cigd-rules', m.rules.join(' '));
    } else {
      el.removeAttribute('data-cigd-severity');
      el.removeAttribute('data-cigd-rules');
    }
    if (m?.severity === 'error') claimAriaInvalid(el);
    else releaseAriaInvalid(el);
    const outline = m && m.severity !== 'ok' ? OUTLINE[m.severity] : undefined;
    if (outline) claimOutline(el, outline);
    else releaseOutline(el);
  }
}

type Styled = Element & ElementCSSInlineStyle;
/** The outline this run last wrote on each field. */
const painted = new WeakMap<Element, string>();

function claimOutline(el: Element, outline: string): void {
  const style = (el as Styled).style;
  if (!style) return;
  if (!el.hasAttribute(OWN_OUTLINE)) {
    const own = Object.fromEntries(OUTLINE_PROPS.map((p) => [p, [style.getPropertyValue(p), style.getPropertyPriority(p)]]));
    el.setAttribute(OWN_OUTLINE, JSON.stringify({ style: el.getAttribute('style'), own }));
  }
  // Written only when it changes, as the attributes are (browsers serialize the value their own way: compare with ours).
  if (painted.get(el) === outline && style.getPropertyPriority('outline') === 'important') return;
  style.setProperty('outline', outline, 'important');
  style.setProperty('outline-offset', '1px', 'important');
  painted.set(el, outline);
}

/** The field's own inline outline back (none if it had none, and no empty style="" left behind). */
function releaseOutline(el: Element): void {
  const saved = el.getAttribute(OWN_OUTLINE);
  if (saved === null) return;
  painted.delete(el);
  el.removeAttribute(OWN_OUTLINE);
  const style = (el as Styled).style;
  if (!style) return;
  let before: { style: string | null; own: Record<string, [string, string]> };
  try {
    before = JSON.parse(saved);
  } catch {
    before = { style: '', own: {} };
  }
  for (const p of OUTLINE_PROPS) {
    const [value, priority] = before.own?.[p] ?? ['', ''];
    if (value) style.setProperty(p, value, priority);
    else style.removeProperty(p);
  }
  if (before.style === null && el.getAttribute('style')?.trim() === '') el.removeAttribute('style');
}

/** aria-invalid="true" for our error; if the page had already set it, it stays the page's. */
function claimAriaInvalid(el: Element): void {
  const current = el.getAttribute('aria-invalid');
  if (current === 'true') return;
  el.setAttribute(OWN_ARIA_INVALID, current ?? '');
  el.setAttribute('aria-invalid', 'true');
}

/** Puts back what the page had, only where the aria-invalid is ours and the page has not changed it since. */
function releaseAriaInvalid(el: Element): void {
  const before = el.getAttribute(OWN_ARIA_INVALID);
  if (before === null) return;
  el.removeAttribute(OWN_ARIA_INVALID);
  if (el.getAttribute('aria-invalid') !== 'true') return;
  if (before === '') el.removeAttribute('aria-invalid');
  else el.setAttribute('aria-invalid', before);
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** A run's end: every field marked in `root` loses our marks, and gets back the aria-invalid it had. */
export function clearMarks(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(`[data-cigd-path], [${OWN_ARIA_INVALID}], [${OWN_OUTLINE}]`))) {
    for (const a of ['data-cigd-path', 'data-cigd-severity', 'data-cigd-rules']) el.removeAttribute(a);
    releaseAriaInvalid(el);
    releaseOutline(el);
  }
}
