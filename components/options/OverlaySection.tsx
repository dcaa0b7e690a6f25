import { useState, type KeyboardEvent } from 'react';
import type { Settings } from '../../utils/settings/schema';
import { Toggle } from './Toggle';
import type { ChangeSettings } from './use-settings';

interface Props {
  value: Settings;
  change: ChangeSettings;
}

/** Keys that cannot be a save key: they move focus, close things or only modify other keys. */
const RESERVED_KEYS = new Set(['Tab', 'Escape', 'Enter', 'Shift', 'Control', 'Alt', 'Meta', ' ']);

/** How Nunchi's subtitles look and behave on every site. */
export function OverlaySection({ value, change }: Props) {
  const overlay = value.overlay;
  const [listening, setListening] = useState(false);
  const set = (patch: Partial<Settings['overlay']>) =>
    change((s) => ({ ...s, overlay: { ...s.overlay, ...patch } }));

  const captureKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!listening || RESERVED_KEYS.has(event.key)) {
      if (event.key === 'Escape') setListening(false);
      return;
    }
    event.preventDefault();
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    change((s) => ({ ...s, saveKey: key }));
    setListening(false);
  };

  return (
    <section className="card" aria-labelledby="overlay-title">
      <header className="card-header">
        <h3 id="overlay-title">Subtitles and cards</h3>
      </header>
      <Toggle
        checked={overlay.visible}
        onChange={(visible) => set({ visible })}
        label="Show Nunchi’s subtitles over the video"
        hint="The N key toggles them while you watch."
      />
      <Toggle
        checked={overlay.hideNativeCaptions}
        onChange={(hideNativeCaptions) => set({ hideNativeCaptions })}
        label="Hide the site’s own captions while Nunchi’s show"
      />
      <Toggle
        checked={overlay.pauseOnHover}
        onChange={(pauseOnHover) => set({ pauseOnHover })}
        label="Pause the video while a card is open"
        hint="Playback resumes when the card closes."
      />
      <Toggle
        checked={overlay.autoPause}
        onChange={(autoPause) => set({ autoPause })}
        label="Pause at the end of each line"
        hint="Time to read every line; press play (or space) to go on. The P key switches it while you watch."
      />
      <div className="field">
        <label htmlFor="font-size">
          Subtitle size <output htmlFor="font-size">{overlay.fontSize} px</output>
        </label>
        <input
          id="font-size"
          type="range"
          min={12}
          max={64}
          step={1}
          value={overlay.fontSize}
          onChange={(e) => set({ fontSize: Number(e.target.value) })}
        />
        <div className="preview" aria-label="Preview" data-testid="font-preview">
          <p lang="ko" style={{ fontSize: `${overlay.fontSize}px` }}>
            우리 엄마는 <mark>눈이 너무 높아서</mark> 큰일이야.
          </p>
          <p className="preview-caption">
            Size at a 1280 px wide player; it scales with the video.
          </p>
        </div>
      </div>
      <div className="field">
        <span id="save-key-label">Save key</span>
        <div className="save-key">
          <kbd>{value.saveKey.length === 1 ? value.saveKey.toUpperCase() : value.saveKey}</kbd>
          <button
            type="button"
            aria-labelledby="save-key-label"
            aria-describedby="save-key-hint"
            onClick={() => setListening(true)}
            onKeyDown={captureKey}
            onBlur={() => setListening(false)}
          >
            {listening ? 'Press a key…' : 'Change'}
          </button>
        </div>
        <p id="save-key-hint" className="toggle-hint">
          Saves the word or note under the pointer to your vocabulary.
        </p>
      </div>
    </section>
  );
}
