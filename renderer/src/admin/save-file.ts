// Hands a file to the browser as a download, the same over IPC and the WebSocket: bytes the page already
// holds (the log file, the report's CSV and xlsx, the configuration file), or a link the browser (or the
// Electron app) fetches and streams to disk itself.
export function saveBlobAs(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  downloadLink(url, name);
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const saveTextAs = (name: string, text: string, type: string): void => saveBlobAs(name, new Blob([text], { type }));

/** A download by a plain link; `name` empty: the server's content-disposition names the file. */
export function downloadLink(href: string, name = ''): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}
