import { useRef } from 'react';

/** Extensions the subtitle parsers read (utils/subtitles/detect.ts); content decides in the end. */
const ACCEPT =
  '.srt,.vtt,.webvtt,.ass,.ssa,.ttml,.dfxp,.xml,.json,.json3,text/vtt,application/x-subrip';

/** "Load subtitles": plays a subtitle file the viewer picks over this video. */
export function FileControl({ shown, onFile }: { shown: boolean; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={shown ? 'file shown' : 'file'}>
      <button type="button" data-testid="nunchi-load-file" onClick={() => input.current?.click()}>
        Load subtitles…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        data-testid="nunchi-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Reset so picking the same file again (after fixing it) fires another change.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
