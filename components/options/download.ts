/**
 * Saves `text` as a file through a Blob URL of this extension page: no `downloads` permission,
 * and the text never leaves the browser. The URL is revoked a while later, not at once: Chrome
 * starts the download asynchronously and a revoked URL would cancel it.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
