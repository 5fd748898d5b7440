/** Offers bytes or text as a file download (a same-origin blob link, so no server round trip). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob asynchronously after the click; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Offers text or bytes as a file download of the given media type. */
export function downloadFile(name: string, mediaType: string, content: BlobPart): void {
  downloadBlob(name, new Blob([content], { type: mediaType }));
}

export function downloadText(name: string, text: string, mediaType = "text/plain;charset=utf-8"): void {
  downloadFile(name, mediaType, text);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadBase64(name: string, base64: string, mediaType: string): void {
  downloadFile(name, mediaType, base64ToBytes(base64));
}

/** Copies text to the clipboard; false when the browser refuses (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
