import { describe, expect, it } from 'vitest';
import { fileSizeParts, titleFromFileName, typeName } from './fileSize';

describe('fileSizeParts', () => {
  it('shows small files in bytes, then kB, then MB', () => {
    expect(fileSizeParts(512)).toEqual({ unit: 'bytes', value: 512, fractionDigits: 0 });
    expect(fileSizeParts(1536)).toEqual({ unit: 'kB', value: 1.5, fractionDigits: 1 });
    expect(fileSizeParts(200 * 1024)).toEqual({ unit: 'kB', value: 200, fractionDigits: 0 });
    expect(fileSizeParts(20 * 1024 * 1024)).toEqual({ unit: 'MB', value: 20, fractionDigits: 1 });
  });
});

describe('typeName and titleFromFileName', () => {
  it('names the allowed types and keeps unknown ones as they are', () => {
    expect(typeName('application/pdf')).toBe('PDF');
    expect(typeName('image/heic')).toBe('HEIC');
    expect(typeName('application/x-unknown')).toBe('application/x-unknown');
  });

  it('drops the extension, not a leading dot', () => {
    expect(titleFromFileName('Udtalelse fra skolen.pdf')).toBe('Udtalelse fra skolen');
    expect(titleFromFileName('.hemmelig')).toBe('.hemmelig');
    expect(titleFromFileName('uden-endelse')).toBe('uden-endelse');
  });
});
