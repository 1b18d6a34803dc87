/**
 * A revision kept as what changed from an earlier revision kept whole (its
 * base). An operator's save changes a field or two of a draft of 8–50 KB:
 * kept whole, every save wrote the whole draft again (three quarters of the
 * pages a save writes to disk) and a draft's history held hundreds of copies
 * of it. As a delta it is the changed middle and two lengths:
 *
 *   text = base.slice(0, keptHead) + middle + base.slice(base.length - keptTail)
 *
 * in UTF-16 code units (JavaScript's string indices), never splitting a
 * surrogate pair, so the middle is always text a database can store. Like a
 * video's key frames, the base is always a whole revision: any revision is
 * read from at most two rows, however long the history.
 */

export type RevisionDelta = { keptHead: number; middle: string; keptTail: number };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The longest run the two texts share, from their starts (or ends) and at
 * most `most` long. Compared as runs that halve (4096, 2048, … 1) with `===`
 * rather than a code unit at a time: V8 compares two strings' runs natively
 * (a hundred times faster than a loop of charCodeAt, and ten times faster
 * than startsWith), and an 8 KB draft is compared at every save.
 */
function sharedRun(base: string, text: string, most: number, fromEnd: boolean): number {
  let run = 0;
  for (let step = FIRST_STEP; step >= 1; step >>= 1) {
    while (run + step <= most) {
      const same = fromEnd
        ? base.slice(base.length - run - step, base.length - run) === text.slice(text.length - run - step, text.length - run)
        : base.slice(run, run + step) === text.slice(run, run + step);
      if (!same) break;
      run += step;
    }
  }
  return run;
}
const FIRST_STEP = 4096;

/**
 * How much of `base` `text` keeps at its start and at its end, never
 * splitting a surrogate pair: text is base.slice(0, keptHead), something
 * new, then base's last keptTail code units.
 */
export function keptEnds(base: string, text: string): { keptHead: number; keptTail: number } {
  const most = Math.min(base.length, text.length);
  let head = sharedRun(base, text, most, false);
  // A pair split at the head's end: its high half goes to the middle with the low one.
  if (head > 0 && isHighSurrogate(text.charCodeAt(head - 1))) head--;
  // The tail never reaches into the head: "aa" → "aaa" keeps two at the head and none at the tail.
  let tail = sharedRun(base, text, most - head, true);
  if (tail > 0 && isLowSurrogate(text.charCodeAt(text.length - tail))) tail--;
  return { keptHead: head, keptTail: tail };
}

/** `text` as the part of `base` kept at each end and the middle between. */
export function revisionDelta(base: string, text: string): RevisionDelta {
  const { keptHead, keptTail } = keptEnds(base, text);
  return { keptHead, middle: text.slice(keptHead, text.length - keptTail), keptTail };
}

/** The text a delta writes against its base. */
export function applyRevisionDelta(base: string, { keptHead, middle, keptTail }: RevisionDelta): string {
  return base.slice(0, keptHead) + middle + base.slice(base.length - keptTail);
}

/**
 * How much of a revision may change and still be kept as a delta: beyond a
 * quarter, it is kept whole and becomes the base of those after it. A
 * revision is then never more than a quarter of its draft, and the edits of
 * a long session (a field here, a worker there, each widening the changed
 * middle) start again from a fresh base before they add up to the whole.
 */
export const DELTA_MAX_SHARE = 1 / 4;

/** Whether `delta` is worth keeping instead of the whole `text`. */
export const worthKeepingAsDelta = (delta: RevisionDelta, text: string): boolean => delta.middle.length <= text.length * DELTA_MAX_SHARE;
