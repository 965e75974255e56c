import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Runs of the calling describe block happen "an hour later" (a fake clock
 * for Date only): files and folders written by the test are then old
 * enough for --cache to trust their stat (files written within 2 s of a run
 * never are). `later()` moves the clock on again, after more writes.
 */
export function runLater(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    later();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export function later(): void {
  vi.setSystemTime(Date.now() + 3_600_000);
}
