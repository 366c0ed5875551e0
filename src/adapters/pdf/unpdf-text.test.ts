import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../test/fixtures/ioc/make-pdf.js';
import { createUnpdfText } from './unpdf-text.js';

describe('createUnpdfText', () => {
  const pdf = createUnpdfText();

  it('returns the text of a PDF, one line per text line', async () => {
    const text = await pdf.toText(
      makePdf(['C2 at hxxp://evil[.]example.com/gate.php', 'resolves to 198.51.100.7']),
    );
    expect(text).toContain('hxxp://evil[.]example.com/gate.php');
    expect(text).toContain('resolves to 198.51.100.7');
  });

  it.each([
    ['a truncated file', makePdf(['x']).subarray(0, 120)],
    ['garbage after the header', new TextEncoder().encode('%PDF-1.7\n\u0000\u0001garbage')],
  ])('rejects %s with IOC_PDF_INVALID', async (_name, bytes) => {
    await expect(pdf.toText(bytes)).rejects.toMatchObject({ code: 'IOC_PDF_INVALID' });
  });
});
