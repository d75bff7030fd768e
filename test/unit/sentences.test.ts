import assert from 'node:assert/strict';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../server/src/core/sentences';

const split = (text: string): string[] => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits at full stops, question and exclamation marks', () => {
    assert.deepEqual(split('Thank you. Could you tell me more? Great!'), ['Thank you.', 'Could you tell me more?', 'Great!']);
  });
  it('does not split after titles and common abbreviations', () => {
    assert.deepEqual(split('I met Dr. Smith and Ms. Patel, e.g. on Monday. Then I left.'), ['I met Dr. Smith and Ms. Patel, e.g. on Monday.', 'Then I left.']);
  });
  it('does not split after a title that opens a quotation or a bracket', () => {
    assert.deepEqual(split('It was addressed to "Mr. Harlan," not to me. (Dr. Ames agreed.)'), ['It was addressed to "Mr. Harlan," not to me.', '(Dr. Ames agreed.)']);
  });
  it('keeps closing quotes and brackets with their sentence', () => {
    assert.deepEqual(split('Guess it "wasn\'t the right fit." Fine (really.) Ok'), ['Guess it "wasn\'t the right fit."', 'Fine (really.)', 'Ok']);
  });
  it('does not split inside numbers, URLs or file names', () => {
    assert.deepEqual(split('Version 2.5 is at example.com/a.b today.'), ['Version 2.5 is at example.com/a.b today.']);
  });
  it('ends a sentence at a line break after a salutation or a short line', () => {
    assert.deepEqual(split('Best regards,\nCarla Mendes'), ['Best regards,', 'Carla Mendes']);
  });
  it('joins a long wrapped line with the next', () => {
    assert.deepEqual(split('I wanted to let you know that I really enjoyed\nmeeting the whole team.'), ['I wanted to let you know that I really enjoyed\nmeeting the whole team.']);
  });
});

describe('sentence length bound', () => {
  it('cuts text that never ends a sentence, so per-sentence checks stay linear', () => {
    const text = 'word '.repeat(5000);
    const spans = splitSentences(text, 0, text.length);
    assert.ok(spans.length >= 20);
    assert.ok(spans.every((s) => s.end - s.start <= 2 * MAX_SENTENCE_LENGTH));
  });
  it('cuts a run of one character with no white space in it', () => {
    const text = '.'.repeat(10_000);
    assert.ok(splitSentences(text, 0, text.length).every((s) => s.end - s.start <= 2 * MAX_SENTENCE_LENGTH));
  });
});
