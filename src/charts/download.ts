/**
 * Saves a file the user asked for (CSV, PNG) through a temporary link: no window.open, nothing
 * a strict CSP blocks. The object URL is revoked once the browser has taken the file.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** A file name safe on every OS: ASCII letters, digits, dot, dash; Vietnamese marks folded. */
export function safeFileName(...parts: readonly string[]): string {
  return parts
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        // no leading dot (a hidden file) and no dangling separators
        .replace(/^[-.]+|[-.]+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('_');
}
