import { storage } from 'wxt/utils/storage';
import { TabStatusSchema, type TabStatus } from '../../utils/messaging/protocol';

/** Survives a restart of the MV3 service worker, not of the browser (which closes the tabs). */
const storedItem = storage.defineItem<Record<string, unknown>>('session:tabStatus', {
  fallback: {},
});

export type TabStatusStore = ReturnType<typeof createTabStatusStore>;

/**
 * What each tab's content script last reported, for the popup. Kept in memory for speed and
 * mirrored to `storage.session`, because Chrome stops an idle service worker and its memory
 * with it while the tabs live on.
 */
export function createTabStatusStore() {
  const memory = new Map<number, TabStatus>();
  let restored: Promise<void> | undefined;

  function restore(): Promise<void> {
    restored ??= storedItem.getValue().then(
      (stored) => {
        for (const [id, value] of Object.entries(stored)) {
          const status = TabStatusSchema.safeParse(value);
          // Newer reports that arrived while reading win over the stored copy.
          if (status.success && !memory.has(Number(id))) memory.set(Number(id), status.data);
        }
      },
      () => undefined,
    );
    return restored;
  }

  function persist(): Promise<void> {
    return storedItem.setValue(Object.fromEntries(memory));
  }

  return {
    async set(tabId: number, status: TabStatus): Promise<void> {
      memory.set(tabId, status);
      await restore();
      await persist();
    },
    async get(tabId: number): Promise<TabStatus | null> {
      await restore();
      return memory.get(tabId) ?? null;
    },
    async forget(tabId: number): Promise<void> {
      await restore();
      if (memory.delete(tabId)) await persist();
    },
  };
}
