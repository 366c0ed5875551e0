/** What indicator extraction needs from the world, implemented by adapters (STYLE.md §2). */

/** Turns PDF bytes into text. Throws AppError IOC_PDF_INVALID for a broken or encrypted file. */
export interface PdfTextPort {
  toText(bytes: Uint8Array): Promise<string>;
}
