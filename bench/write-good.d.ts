// write-good ships no types; the benchmark calls its one function.
declare module 'write-good' {
  export default function writeGood(text: string): unknown[];
}
