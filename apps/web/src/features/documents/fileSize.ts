/** A size in the unit that reads best: bytes, kB (1024 bytes) or MB (1024 kB), as the 20 MB limit counts them. */
export type FileSizeParts = { unit: 'bytes' | 'kB' | 'MB'; value: number; fractionDigits: number };

export function fileSizeParts(bytes: number): FileSizeParts {
  if (bytes < 1024) return { unit: 'bytes', value: bytes, fractionDigits: 0 };
  if (bytes < 1024 * 1024) {
    const kB = bytes / 1024;
    return { unit: 'kB', value: kB, fractionDigits: kB < 10 ? 1 : 0 };
  }
  return { unit: 'MB', value: bytes / (1024 * 1024), fractionDigits: 1 };
}

/** The short name of a stored type ("PDF", "PNG"), or the type itself when it is not one we name. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/tiff': 'TIFF',
  'image/heic': 'HEIC',
};

export function typeName(contentType: string): string {
  return TYPE_NAMES[contentType] ?? contentType;
}

/** "Udtalelse.pdf" → "Udtalelse": a title to start from when the user has not written one. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 200);
}
