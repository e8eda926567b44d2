/**
 * `Content-Disposition: attachment` for a stored file name: an ASCII fallback for old clients and
 * the exact name in RFC 5987 / RFC 6266 encoding (`filename*=UTF-8''…`), so "Børnesamtale.pdf"
 * downloads as itself and no name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || 'dokument';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char set. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
