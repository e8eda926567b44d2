import { describe, expect, it } from 'vitest';
import { attachmentDisposition, encodeRfc5987 } from './content-disposition';

describe('attachmentDisposition', () => {
  it('keeps a plain name as it is', () => {
    expect(attachmentDisposition('notat.pdf')).toBe(`attachment; filename="notat.pdf"; filename*=UTF-8''notat.pdf`);
  });

  it('encodes Danish letters and spaces per RFC 5987, with an ASCII fallback', () => {
    expect(attachmentDisposition('Børnesamtale 1.pdf')).toBe(
      `attachment; filename="B_rnesamtale 1.pdf"; filename*=UTF-8''B%C3%B8rnesamtale%201.pdf`,
    );
  });

  it('lets no quote, semicolon or line break out of the header', () => {
    const header = attachmentDisposition('a"b;c\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain(`filename="a_b;c__Set-Cookie: x=1.pdf"`);
    expect(header).toContain(`filename*=UTF-8''a%22b%3Bc%0D%0ASet-Cookie%3A%20x%3D1.pdf`);
  });

  it('encodes the characters encodeURIComponent leaves alone but RFC 5987 does not allow', () => {
    expect(encodeRfc5987("it's (1)*")).toBe('it%27s%20%281%29%2A');
  });
});
