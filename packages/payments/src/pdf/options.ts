import * as z from 'zod/mini';
import { HotleadsError, type Time } from '@hotleads/core';
import type { PaymentSettings } from '../settings/settings';
import {
  createPaymentFormatter,
  type PaymentFormatter,
  type PaymentFormatterOptions,
} from '../format/createPaymentFormatter';
import { readInstant } from '../calendar/readInstant';
import { parseInput, unreadableInput } from '../input/readInput';
import { loadNotoSans, type PdfFonts } from './fonts';

/** Options of `receiptPdf` and `creditNotePdf`. */
export type PdfDocumentOptions = {
  /** The ledger's settings (`ledger.settings`): its currency and time zone. */
  settings: Pick<PaymentSettings, 'currency' | 'timeZone'>;
  /** When the document is made, for its system stamp and metadata (the host's clock; never read here). */
  now: Time;
  /** A Unicode font (default: Noto Sans from `@expo-google-fonts/noto-sans`, read in Node by `loadNotoSans`). */
  fonts?: PdfFonts;
  /** The issuer shown at the top, e.g. `"Westfield Utilities"`. */
  issuer?: string;
  /** Locale and date formats of the amounts and dates (see `createPaymentFormatter`). */
  format?: PaymentFormatterOptions;
};

const bytes = /* @__PURE__ */ (() =>
  z.custom<Uint8Array | ArrayBuffer>((v) => v instanceof Uint8Array || v instanceof ArrayBuffer, {
    message: 'Expected the bytes of a font (a Uint8Array or an ArrayBuffer)',
  }))();
const schema = /* @__PURE__ */ (() =>
  z.strictObject({
    settings: z.object({ currency: z.unknown(), timeZone: z.unknown() }),
    now: z.unknown(),
    fonts: z.optional(z.strictObject({ regular: bytes, bold: z.optional(bytes) })),
    issuer: z.optional(z.string().check(z.maxLength(200))),
    format: z.optional(z.record(z.string(), z.unknown())),
  }))();

/** Checked options, with the fonts loaded and the formatter made. @internal */
export async function readPdfOptions(
  options: PdfDocumentOptions,
): Promise<{ fonts: PdfFonts; issuer: string | undefined; f: PaymentFormatter; instant: number }> {
  const o = parseInput(schema, options, 'INVALID_ARGUMENT', 'PDF options');
  const instant = readInstant(o.now, ['now']);
  const f = createPaymentFormatter(o.settings as PdfDocumentOptions['settings'], o.format as PaymentFormatterOptions);
  // Formatting one value now checks the currency, zone, locale and patterns before any PDF work.
  f.money('0');
  f.dateTime(instant);
  return { fonts: o.fonts ?? (await loadNotoSans()), issuer: o.issuer, f, instant };
}

/** A document's data read once through zod, a value that cannot be read refused as unreadable. @internal */
export function readDocument<T>(schemaOf: z.ZodMiniType<T>, value: unknown, what: string): T {
  let copy: unknown;
  try {
    copy = structuredClone(value);
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', []);
  }
  if (copy === null || typeof copy !== 'object')
    throw new HotleadsError('INVALID_ARGUMENT', `Expected a ${what} as the ledger returns it`);
  return parseInput(schemaOf, copy, 'INVALID_ARGUMENT', what);
}
