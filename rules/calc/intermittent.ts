/**
 * The CIGD days an intermittent worker may get over the 9 weeks (seed 001,
 * "Lavoratori intermittenti"): days worked in the 12 months before the
 * application, divided by 12 and rounded up (days per month), then brought to
 * the 9 weeks as × 63 / 30 and rounded up again. 68 → 6 → 12,6 → 13. The
 * result is "riproporzionato sul periodo massimo di nove settimane", so it
 * never exceeds the 63 days of the 9 weeks: 365 days worked → 31 → 65,1 → 66,
 * capped at 63.
 */
export type IntermittentLimits = {
  /** Days in the 9 weeks (63). */
  nineWeeksDays: number;
  /** The standard month in days (30). */
  monthDays: number;
  /** Months the days worked are averaged over (12). */
  monthsPerYear: number;
};

export type IntermittentCap = {
  /** False when the worker was never called before the cause, or worked no day: no pay to integrate. */
  admissible: boolean;
  /** ceil(daysWorked / 12): CIGD days per month. */
  monthlyDays: number;
  /** ceil(monthlyDays × 63 / 30), at most 63 (the days of the 9 weeks); 0 when not admissible. */
  cap: number;
  /** True when ceil(monthlyDays × 63 / 30) went past the 9 weeks and the cap is their 63 days. */
  capped: boolean;
};

/** Integer ceil(a / b) for non-negative integers, free of floating-point drift. */
function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

export function intermittentCap(
  daysWorkedLast12Months: number,
  calledBeforeCause: boolean,
  limits: IntermittentLimits,
): IntermittentCap {
  const days = Math.max(0, Math.ceil(daysWorkedLast12Months));
  if (!calledBeforeCause || days === 0) return { admissible: false, monthlyDays: 0, cap: 0, capped: false };
  const monthlyDays = ceilDiv(days, limits.monthsPerYear);
  const proportional = ceilDiv(monthlyDays * limits.nineWeeksDays, limits.monthDays);
  const capped = proportional > limits.nineWeeksDays;
  return { admissible: true, monthlyDays, cap: capped ? limits.nineWeeksDays : proportional, capped };
}
