// Calendar dates as date fields and the API write them (`2027-11-23`, no time zone); shown to
// people through `format.ts`.

/** The calendar date `years` and `days` after `today` (the reader's day). */
export function dateFromToday({ years = 0, days = 0 }: { years?: number; days?: number }, today: Date = new Date()): string {
  const date = new Date(today.getFullYear() + years, today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
