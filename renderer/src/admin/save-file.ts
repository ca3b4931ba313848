// Hands a text the hall answered with to the browser as a file download: the same over IPC and the
// WebSocket (no HTTP link needed), for the log file and the report's CSV.
export function saveTextAs(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
