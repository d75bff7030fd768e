// Line starts of a text, with the line breaks markdown-it recognises (\r\n, \r, \n).

/** Offsets at which each line begins; line N of the text is [starts[N], starts[N+1]) minus its break. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The end of line `line` (exclusive), before its line break. */
export function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 0x0a) end--;
  if (end > starts[line] && text.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}

/** The line that holds `offset` (binary search). */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
