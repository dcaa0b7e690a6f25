interface Props {
  saving: boolean;
  saved: string | null;
  saveKey: string;
  onSave: () => void;
}

/** The save button with its keyboard shortcut, and the confirmation once saved. */
export function SaveRow({ saving, saved, saveKey, onSave }: Props) {
  return (
    <div className="actions">
      <button
        type="button"
        className="save"
        data-testid="nunchi-save"
        disabled={saving}
        onClick={onSave}
      >
        {saving ? 'Saving…' : 'Save'}
        <kbd>{saveKey.length === 1 ? saveKey.toUpperCase() : saveKey}</kbd>
      </button>
      {saved && (
        <span className="saved" data-testid="nunchi-saved" role="status">
          {saved}
        </span>
      )}
    </div>
  );
}
