// The floor: one pass over the text in plain JavaScript, counting words, sentence ends and lines. No checker can
// read the text faster than this, so every other figure is shown as a multiple of it.
export interface ScanCounts {
  readonly words: number;
  readonly sentences: number;
  readonly lines: number;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code > 0x7f;
}

export function scan(text: string): ScanCounts {
  let words = 0;
  let sentences = 0;
  let lines = 1;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = isLetterOrDigit(code);
    if (letter && !inWord) words++;
    inWord = letter;
    if (code === 0x2e || code === 0x21 || code === 0x3f) sentences++;
    else if (code === 0x0a) lines++;
  }
  return { words, sentences, lines };
}
