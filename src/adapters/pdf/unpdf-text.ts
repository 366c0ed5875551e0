/** PDF text through unpdf (a serverless build of PDF.js): works offline on Node 20, no native code. */
import { extractText, getDocumentProxy } from 'unpdf';
import type { PdfTextPort } from '../../core/ioc/ports.js';
import { AppError } from '../../core/shared/app-error.js';

/** Creates the PDF-to-text adapter. Pages are joined with a blank line. */
export function createUnpdfText(): PdfTextPort {
  return {
    async toText(bytes: Uint8Array): Promise<string> {
      try {
        // PDF.js may transfer (detach) the buffer it is given: hand it a copy
        const pdf = await getDocumentProxy(new Uint8Array(bytes), {
          verbosity: 0,
          isEvalSupported: false,
        });
        try {
          const { text } = await extractText(pdf, { mergePages: false });
          return text.join('\n\n');
        } finally {
          await pdf.destroy();
        }
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        throw new AppError('IOC_PDF_INVALID', `cannot read the PDF (${reason})`, { cause: e });
      }
    },
  };
}
