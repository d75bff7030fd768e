// A crashed server is restarted a bounded number of times, and the person is told once.
import * as assert from 'node:assert/strict';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../client/src/restartPolicy';

describe('client: RestartPolicy', () => {
  it('restarts, telling the person the first time only', () => {
    let now = 0;
    const policy = new RestartPolicy(() => now);
    assert.deepEqual(policy.closed(), { restart: true, tell: true });
    now += 1000;
    assert.deepEqual(policy.closed(), { restart: true, tell: false });
  });

  it(`gives up after ${MAX_RESTARTS} restarts inside the window`, () => {
    let now = 0;
    const policy = new RestartPolicy(() => now);
    for (let i = 0; i < MAX_RESTARTS; i++) {
      assert.equal(policy.closed().restart, true);
      now += 1000;
    }
    assert.deepEqual(policy.closed(), { restart: false, crashes: MAX_RESTARTS + 1 });
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(() => now);
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
    now += RESTART_WINDOW_MS;
    assert.deepEqual(policy.closed(), { restart: true, tell: false });
  });
});
