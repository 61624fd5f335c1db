// @hotleads/payments/pdf — receipts and credit notes as PDF documents.
//
// Audience: a back office that prints or downloads a receipt or a credit note (in Node, or in a
// browser with the font passed in), and @hotleads/react's Download PDF buttons. A separate entry,
// so the main one stays small: pdf-lib and @pdf-lib/fontkit are imported only when a document is
// made, and the font is read only then.
export { receiptPdf } from './receiptPdf';
export { creditNotePdf } from './creditNotePdf';
export type { PdfDocumentOptions } from './options';
export { loadNotoSans, NOTO_SANS_FILES } from './fonts';
export type { FontBytes, PdfFonts } from './fonts';
