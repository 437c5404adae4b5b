/** The local date as YYYY-MM-DD (downloads are named by the day they were made). */
export function localDate(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * A download's file name: date, sharing profile, then what it is, so that files shared on
 * different days or under different profiles never overwrite each other.
 */
export function downloadName(date: string, profile: string, file: string): string {
  return `${date}_${profile}_${file}`;
}
