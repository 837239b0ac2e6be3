/** Saves text as a file the way a browser download does. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadFile(filename, text, type)
}

/** Saves text or bytes (a zip) as a file; the only place that builds a download. */
export function downloadFile(
  filename: string,
  data: string | Uint8Array<ArrayBuffer>,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
