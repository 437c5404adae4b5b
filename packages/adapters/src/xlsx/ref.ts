/** Zero-based column index of a reference such as `AB12`. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/** Row number of a reference such as `AB12` (0 without one). */
export function rowOf(ref: string): number {
  const m = /\d+/.exec(ref);
  return m ? Number(m[0]) : 0;
}
