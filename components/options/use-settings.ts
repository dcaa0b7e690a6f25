import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../utils/settings/schema';
import { getSettings, updateSettings, watchSettings } from '../../utils/settings/storage';
import { errorMessage } from '../../utils/error-message';

export type ChangeSettings = (change: (current: Settings) => Settings) => void;

/**
 * The stored settings, kept current (another tab may change them), and a way to change them.
 * A change shows at once and is written in order behind the previous one, so quick successive
 * changes (a slider being dragged) never overwrite each other with stale values.
 */
export function useSettings(): {
  settings: Settings | null;
  change: ChangeSettings;
  error: string | null;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const change = useCallback<ChangeSettings>((fn) => {
    setSettings((current) => (current ? fn(current) : current));
    queue.current = queue.current
      .then(() => updateSettings(fn))
      .then(
        () => setError(null),
        (e: unknown) => setError(`Could not save: ${errorMessage(e)}`),
      );
  }, []);

  return { settings, change, error };
}
