// The page writer both documents use: A4 pages, a heading font and a body font, word wrap,
// label/value rows, a table, page breaks, and the system stamp at the foot of every page.
// pdf-lib and @pdf-lib/fontkit are imported here only, lazily, when a document is made.
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { HotleadsError } from '@hotleads/core';
import type { PdfFonts } from './fonts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const SIZE = 10;
const LINE = 14;

/** A document being written. @internal */
export type DocumentWriter = {
  title(text: string): void;
  section(text: string): void;
  row(label: string, value: string): void;
  paragraph(text: string): void;
  table(columns: Array<{ label: string; width: number; right?: boolean }>, rows: string[][]): void;
  save(): Promise<Uint8Array>;
};

/** Starts a document with its metadata and stamp. `instant` is the stamp's time (never the clock). @internal */
export async function startDocument(options: {
  fonts: PdfFonts;
  title: string;
  subject: string;
  stamp: string;
  instant: number;
}): Promise<DocumentWriter> {
  const [{ PDFDocument: Doc, rgb }, fontkit] = await Promise.all([
    import('pdf-lib'),
    import('@pdf-lib/fontkit').then((m) => (m as { default?: unknown }).default ?? m),
  ]);
  const doc: PDFDocument = await Doc.create({ updateMetadata: false });
  doc.registerFontkit(fontkit as Parameters<PDFDocument['registerFontkit']>[0]);
  let regular: PDFFont;
  let bold: PDFFont;
  // Embedded whole: @pdf-lib/fontkit 1.1.1's subsets of Google's fonts (Noto Sans, PT Sans)
  // render most letters blank in poppler (the text still extracts), so fonts are not subset.
  try {
    regular = await doc.embedFont(options.fonts.regular, { subset: false });
    bold = options.fonts.bold === undefined ? regular : await doc.embedFont(options.fonts.bold, { subset: false });
  } catch (cause) {
    throw new HotleadsError('INVALID_ARGUMENT', 'fonts must hold the bytes of a TrueType or OpenType font', {
      path: ['fonts'],
      cause,
    });
  }
  const when = new Date(options.instant);
  doc.setTitle(options.title);
  doc.setSubject(options.subject);
  doc.setProducer('hotleads');
  doc.setCreator('@hotleads/payments');
  doc.setCreationDate(when);
  doc.setModificationDate(when);

  const grey = rgb(0.35, 0.35, 0.35);
  const ink = rgb(0.05, 0.05, 0.05);
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
    page.drawLine({
      start: { x: MARGIN, y: MARGIN - 6 },
      end: { x: A4[0] - MARGIN, y: MARGIN - 6 },
      thickness: 0.5,
      color: grey,
    });
    page.drawText(options.stamp, { x: MARGIN, y: MARGIN - 20, size: 8, font: regular, color: grey });
  };
  const room = (lines: number) => {
    if (y - lines * LINE < MARGIN + LINE) newPage();
  };
  const draw = (text: string, x: number, font: PDFFont, size = SIZE, color = ink) =>
    page.drawText(text, { x, y, size, font, color });
  const wrap = (text: string, font: PDFFont, size: number, max: number): string[] => {
    const lines: string[] = [];
    for (const para of text.split(/\r?\n/)) {
      let line = '';
      for (const word of para.split(/\s+/).filter((w) => w !== '')) {
        const next = line === '' ? word : `${line} ${word}`;
        if (font.widthOfTextAtSize(next, size) <= max || line === '') line = next;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  };
  newPage();
  return {
    title(text) {
      room(3);
      draw(text, MARGIN, bold, 18);
      y -= LINE * 2;
    },
    section(text) {
      room(3);
      y -= LINE / 2;
      draw(text, MARGIN, bold, 12);
      y -= 4;
      page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.5, color: grey });
      y -= LINE;
    },
    row(label, value) {
      const lines = wrap(value, regular, SIZE, width - 160);
      room(lines.length);
      draw(label, MARGIN, regular, SIZE, grey);
      for (const l of lines) {
        draw(l, MARGIN + 160, regular);
        y -= LINE;
      }
    },
    paragraph(text) {
      for (const l of wrap(text, regular, SIZE, width)) {
        room(1);
        draw(l, MARGIN, regular);
        y -= LINE;
      }
    },
    table(columns, rows) {
      const total = columns.reduce((s, c) => s + c.width, 0);
      const xs: number[] = [];
      let x = MARGIN;
      for (const c of columns) {
        xs.push(x);
        x += (c.width / total) * width;
      }
      const cell = (text: string, i: number, font: PDFFont) => {
        const w = (columns[i]!.width / total) * width - 6;
        let t = text;
        while (t.length > 1 && font.widthOfTextAtSize(t, SIZE) > w) t = t.slice(0, -2) + '…';
        const dx = columns[i]!.right === true ? w - font.widthOfTextAtSize(t, SIZE) : 0;
        draw(t, xs[i]! + dx, font, SIZE, font === bold ? grey : ink);
      };
      const header = () => {
        room(2);
        columns.forEach((c, i) => cell(c.label, i, bold));
        y -= LINE;
      };
      header();
      for (const r of rows) {
        if (y - LINE < MARGIN + LINE) {
          newPage();
          header();
        }
        r.forEach((v, i) => cell(v, i, regular));
        y -= LINE;
      }
    },
    save: () => doc.save({ useObjectStreams: false }),
  };
}
