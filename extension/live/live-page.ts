/**
 * One regional page under watch: binds its fields, reads them on every
 * input, runs the rules in the page and marks the fields. No UI here: the
 * overlay subscribes to the state; storage is told about every new draft.
 */
import type { Draft, Finding, Verdict } from '../../rules/index.ts';
import type { Adapter } from '../pages/adapters.ts';
import { bindFields, type Binding } from '../pages/bind.ts';
import type { FieldMap } from '../pages/field-map.ts';
import { readPage, type InputProblem } from './read-page.ts';
import { judgePartial, liveFindings, wasJudged } from './judge-partial.ts';
import { applyMarks, marksByPath } from './marks.ts';

export type LiveState = {
  draft: Draft;
  /** The regime's rules on what could be judged; null while a required field (the period) is missing. */
  verdict: Verdict | null;
  /** What to show and mark: the verdict's findings and the code rules' (codici fiscali, IBANs) where it did not look. */
  findings: Finding[];
  problems: InputProblem[];
  /** Parts left out, half filled (`workers[1]`, `agreement`): the rules did not see them but for their codes. */
  unjudgedParts: string[];
  bindings: Binding[];
  /** Nothing on this page is read (no field bound, e.g. a consuntivo): no findings, no marks, the overlay says it is not checked. */
  unread?: true;
};

export type LivePageOptions = {
  adapter: Adapter;
  stored: Draft;
  fieldMap?: FieldMap | null;
  today: () => string;
  onState?: (state: LiveState) => void;
};

export class LivePage {
  private bindings: Binding[] = [];
  private stored: Draft;
  private fieldMap: FieldMap | null;
  state!: LiveState;

  constructor(private readonly root: Document, private readonly options: LivePageOptions) {
    this.stored = options.stored;
    this.fieldMap = options.fieldMap ?? null;
    this.rebind();
  }

  /** Finds the fields again: rows added, the page re-rendered, a new field map. */
  rebind(): void {
    this.bindings = bindFields(this.root, this.options.adapter, this.fieldMap);
    this.refresh();
  }

  setFieldMap(map: FieldMap | null): void {
    this.fieldMap = map;
    this.rebind();
  }

  /** True when the element is one of ours (an input the rules read). */
  isBound(el: EventTarget | null): boolean {
    // A radio of a bound group (the «No» of a yes/no pair): checking it unchecks ours.
    const group = (b: Binding) => el instanceof HTMLInputElement && el.type === 'radio' && !!el.name && b.element.getAttribute('name') === el.name;
    return this.bindings.some((b) => b.element === el || group(b));
  }

  refresh(): void {
    if (this.bindings.length === 0) {
      this.state = { draft: this.stored, verdict: null, findings: [], problems: [], unjudgedParts: [], bindings: [], unread: true };
      this.options.onState?.(this.state);
      return;
    }
    const { draft, problems: inputProblems } = readPage(this.stored, this.bindings);
    const result = judgePartial(draft, this.options.today());
    const { verdict, problems, unjudgedParts } = result;
    const findings = liveFindings(result);
    // Input problems (a date that does not parse) replace the schema's note on the same path.
    const paths = new Set(inputProblems.map((p) => p.path));
    const allProblems = [...inputProblems, ...problems.filter((p) => !paths.has(p.path))];
    // Fields the rules did not see are not `ok`: they wait for the problems above.
    // An empty field is not judged (no `ok` on an empty code), nor marked as an error.
    const missing = new Set(allProblems.filter((p) => p.missing).map((p) => p.path));
    applyMarks(this.bindings, marksByPath(findings, allProblems), (path) => !missing.has(path) && wasJudged(result, path));
    this.stored = draft;
    this.state = { draft, verdict, findings, problems: allProblems, unjudgedParts, bindings: this.bindings };
    this.options.onState?.(this.state);
  }

  /** Facts typed in the overlay's panel (what the page does not ask). */
  updateDraft(change: (draft: Draft) => Draft): void {
    this.stored = change(structuredClone(this.stored));
    this.refresh();
  }

  elementFor(path: string): Binding['element'] | undefined {
    return this.bindings.find((b) => b.path === path)?.element;
  }

  /** Writes a value into the page's field as if typed, on the operator's click; never submits. */
  writeField(path: string, text: string): boolean {
    const el = this.elementFor(path);
    if (!el) return false;
    const proto = Object.getPrototypeOf(el);
    // The native setter, so frameworks that track the value (Angular, React) see the change.
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  focusField(path: string): void {
    const el = this.elementFor(path) ?? this.elementFor(path.replace(/\.[^.]*$/, ''));
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }
}
