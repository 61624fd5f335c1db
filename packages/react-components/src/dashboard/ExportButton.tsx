import Papa from 'papaparse';
import { useState } from 'react';
import type { Currency } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';
import { formatCell, type NumberFormat } from '../util/format';

/** A column of an export: which row field, under which header, formatted how in the PDF. */
export type ExportColumn = { key: string; label: string; format?: NumberFormat; currency?: Currency };

/** What an export produced. */
export type ExportedFile = {
  format: 'csv' | 'pdf';
  filename: string;
  blob: Blob;
  /** The CSV text (CSV only). */
  text?: string;
};

/** Props of {@link ExportButton}. */
export type ExportButtonProps = {
  /** The rows on screen, in order; exported as they are (no filtering or totals added). */
  rows: readonly Record<string, unknown>[];
  /** The columns to export. */
  columns: readonly ExportColumn[];
  /** File name without extension. */
  filename: string;
  /** Formats offered (default CSV and PDF). */
  formats?: ReadonlyArray<'csv' | 'pdf'>;
  /** Title printed at the top of the PDF (default: the file name). */
  title?: string;
  /** Receives the file. Without it the browser downloads the file. */
  onExport?: (file: ExportedFile) => void;
  /** What is exported, for the buttons' names ("leaderboard"). */
  subject?: string;
};

/** Builds the CSV (papaparse) of the rows, raw values under the column labels. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly ExportColumn[]): string {
  return Papa.unparse({
    fields: columns.map((c) => c.label),
    data: rows.map((r) => columns.map((c) => r[c.key] ?? '')),
  });
}

// PDF standard fonts only cover WinAnsi: replace what they cannot draw.
function pdfSafe(text: string): string {
  return text.replace(/[−–—]/g, '-').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

/** Builds a simple tabular PDF; pdf-lib is loaded on first use with a lazy `import()`. */
export async function toPdf(
  rows: readonly Record<string, unknown>[],
  columns: readonly ExportColumn[],
  title: string,
): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pageSize: [number, number] = [842, 595]; // A4 landscape
  const margin = 36;
  const colWidth = (pageSize[0] - margin * 2) / Math.max(1, columns.length);
  const lineHeight = 16;
  let page = doc.addPage(pageSize);
  let y = pageSize[1] - margin;
  const fit = (t: string, f: typeof font, size: number) => {
    let s = pdfSafe(t);
    while (s.length > 1 && f.widthOfTextAtSize(s, size) > colWidth - 6) s = s.slice(0, -1);
    return s;
  };
  const header = () => {
    columns.forEach((c, i) =>
      page.drawText(fit(c.label, bold, 10), { x: margin + i * colWidth, y, size: 10, font: bold }),
    );
    y -= lineHeight;
  };
  page.drawText(pdfSafe(title), { x: margin, y, size: 16, font: bold, color: rgb(0.1, 0.1, 0.12) });
  y -= 28;
  header();
  for (const row of rows) {
    if (y < margin) {
      page = doc.addPage(pageSize);
      y = pageSize[1] - margin;
      header();
    }
    columns.forEach((c, i) =>
      page.drawText(fit(formatCell(row[c.key], c), font, 10), { x: margin + i * colWidth, y, size: 10, font }),
    );
    y -= lineHeight;
  }
  return doc.save();
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV / PDF download of the rows a table shows. PDF generation loads pdf-lib only when used. */
export function ExportButton({
  rows,
  columns,
  filename,
  formats = ['csv', 'pdf'],
  title,
  onExport,
  subject,
}: ExportButtonProps) {
  const { strings } = useHotleadsLocale();
  const [busy, setBusy] = useState<'csv' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deliver = (file: ExportedFile) => (onExport ? onExport(file) : download(file.blob, file.filename));
  const run = async (format: 'csv' | 'pdf') => {
    setBusy(format);
    setError(null);
    try {
      if (format === 'csv') {
        const text = toCsv(rows, columns);
        deliver({
          format,
          filename: `${filename}.csv`,
          text,
          blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
        });
      } else {
        const bytes = await toPdf(rows, columns, title ?? filename);
        deliver({
          format,
          filename: `${filename}.pdf`,
          blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
        });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <span className="hl-export" role="group" aria-label={strings.exportLabel(subject)}>
      {formats.map((f) => (
        <button
          key={f}
          type="button"
          className="hl-button"
          disabled={busy != null}
          aria-busy={busy === f}
          onClick={() => void run(f)}
          aria-label={strings.exportAs(subject, f.toUpperCase())}
        >
          {busy === f ? strings.exporting : f.toUpperCase()}
        </button>
      ))}
      {error ? (
        <span role="alert" className="hl-blocked">
          {strings.exportFailed(error)}
        </span>
      ) : null}
    </span>
  );
}
