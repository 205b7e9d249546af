/**
 * Calendar dates as ISO text (YYYY-MM-DD). Waivers compare dates, never instants: an expiry
 * is a day on the approver's calendar, so time zones and clocks do not come into it, and two
 * dates in this form compare correctly as plain text.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-29 is not one; 2028-02-29 is). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC keeps DST out of it.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * The local calendar date of `now` as YYYY-MM-DD. This is what an audit takes as "today"
 * when none is given, so such a report is reproducible only on the same day (and in the same
 * time zone); pass an explicit date for byte-identical output on any day.
 */
export function localDate(now: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
