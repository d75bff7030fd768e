// ANSI colour for the text report: only on a terminal, and never when NO_COLOR is set (https://no-color.org:
// "present and not an empty string").
export function shouldColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && !env.NO_COLOR;
}

export type Paint = (text: string) => string;

export interface Palette {
  readonly red: Paint;
  readonly yellow: Paint;
  readonly blue: Paint;
  readonly dim: Paint;
  readonly bold: Paint;
}

function sgr(open: number, close: number): Paint {
  return (text) => `\x1b[${open}m${text}\x1b[${close}m`;
}

const plain: Paint = (text) => text;

export function palette(colour: boolean): Palette {
  if (!colour) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain };
  return { red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}
