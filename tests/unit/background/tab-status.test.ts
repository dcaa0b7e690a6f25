import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStatusStore } from '../../../entrypoints/background/tab-status';
import type { TabStatus } from '../../../utils/messaging/protocol';

beforeEach(() => {
  fakeBrowser.reset();
});

const status = (lines: number): TabStatus => ({
  source: 'track',
  lang: 'ko',
  lines,
  message: '',
  site: 'demo',
});

describe('tab status store', () => {
  it('answers null for a tab that never reported', async () => {
    expect(await createTabStatusStore().get(1)).toBeNull();
  });

  it('keeps the latest report per tab', async () => {
    const store = createTabStatusStore();
    await store.set(1, status(10));
    await store.set(2, status(20));
    await store.set(1, status(11));
    expect(await store.get(1)).toEqual(status(11));
    expect(await store.get(2)).toEqual(status(20));
  });

  it('still knows after the worker restarts', async () => {
    await createTabStatusStore().set(5, status(42));
    const restarted = createTabStatusStore();
    expect(await restarted.get(5)).toEqual(status(42));
  });

  it('forgets a closed tab, also across a restart', async () => {
    const store = createTabStatusStore();
    await store.set(5, status(1));
    await store.set(6, status(2));
    await store.forget(5);
    expect(await store.get(5)).toBeNull();
    const restarted = createTabStatusStore();
    expect(await restarted.get(5)).toBeNull();
    expect(await restarted.get(6)).toEqual(status(2));
  });

  it('ignores a damaged stored copy', async () => {
    await fakeBrowser.storage.session.set({ tabStatus: { 3: { lines: 'many' }, 4: status(4) } });
    const store = createTabStatusStore();
    expect(await store.get(3)).toBeNull();
    expect(await store.get(4)).toEqual(status(4));
  });

  it('lets a fresh report win over the stored copy read at the same time', async () => {
    await createTabStatusStore().set(9, status(1));
    const restarted = createTabStatusStore();
    await restarted.set(9, status(2));
    expect(await restarted.get(9)).toEqual(status(2));
  });
});
