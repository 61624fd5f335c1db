import { HotleadsError } from '@hotleads/core';

/** The bytes of a TrueType or OpenType font. */
export type FontBytes = Uint8Array | ArrayBuffer;

/** The fonts a document is written in: a Unicode font, and optionally its bold face for headings. */
export type PdfFonts = { regular: FontBytes; bold?: FontBytes };

/** Where the Noto Sans faces sit in the `@expo-google-fonts/noto-sans` package (SIL Open Font License 1.1). */
export const NOTO_SANS_FILES = /* @__PURE__ */ (() =>
  Object.freeze({
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  }))();

/**
 * Reads Noto Sans Regular (Latin, Greek and Cyrillic, and U+2212 "−") from the
 * `@expo-google-fonts/noto-sans` package, a dependency of @hotleads/payments, in Node; headings
 * use it too (a document embeds each face whole, about 0.3 MB: pass `bold` yourself for bold
 * headings). Node's `fs` and `module` are imported only when it is called, so the `pdf` entry
 * stays loadable in a browser, where the host passes `fonts` itself (a file of
 * {@link NOTO_SANS_FILES}, fetched).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` outside Node (no file system to read the font from).
 */
export async function loadNotoSans(): Promise<PdfFonts> {
  const node = typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';
  if (!node)
    throw new HotleadsError('INVALID_ARGUMENT', 'Outside Node, pass fonts: the bytes of a Unicode TrueType font', {
      path: ['fonts'],
    });
  const [{ readFile }, { createRequire }] = await Promise.all([import('node:fs/promises'), import('node:module')]);
  const require = createRequire(import.meta.url);
  return { regular: new Uint8Array(await readFile(require.resolve(NOTO_SANS_FILES.regular))) };
}
