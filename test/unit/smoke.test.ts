import assert from 'node:assert/strict';
import { check } from '../../server/src/core';

describe('smoke', () => {
  it('finds a placeholder', () => {
    const f = check('Dear [Hiring Manager],\n\nThank you.\n');
    assert.ok(f.some((x) => x.ruleId === 'placeholder-unfilled'));
  });
});
