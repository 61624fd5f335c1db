/** Probes of every integer length a writer is used for (up to 10 digits), each digit 0–9 in some of them. */
const PROBES = /* @__PURE__ */ (() => {
  const probes = [0, 1, 5, 9, 10, 99, 101, 999, 1000, 4321, 10_000, 99_999, 100_001, 999_999];
  for (let n = 1; n <= 10; n++) probes.push(Number('1234567890'.slice(0, n)), Number('9876543210'.slice(0, n)));
  return probes;
})();

/** Below this many minor units a writer is used (where `scaleNumberQuickly` answers). */
const MAX_MINOR = 1e9;

type Shape = {
  prefix: [string, string];
  suffix: [string, string];
  group: string;
  decimal: string;
};

/**
 * @internal A writer of an integer amount of minor units (|minor| < 1e9) that gives exactly what
 * `format.format(minor / 10 ** digits)` gives for a currency formatter with `digits` fraction
 * digits, without calling Intl: a fixed prefix and suffix for each sign, the integer part grouped
 * by threes, the decimal separator and the fraction digits. The shape is read from the formatter
 * once and every integer length is checked against it (both signs); `undefined` where the
 * formatter writes anything else (other grouping, digits other than 0–9), so the caller keeps
 * Intl.
 */
export function plainMoneyWriter(format: Intl.NumberFormat, digits: number): ((minor: number) => string) | undefined {
  if (!Number.isInteger(digits) || digits < 0 || digits > 3) return undefined;
  const scale = 10 ** digits;
  const intl = (minor: number) => format.format(minor === 0 ? 0 : minor / scale);
  const shape = shapeOf(format, digits, scale);
  if (shape === undefined) return undefined;
  const write = (minor: number): string => writeWith(shape, digits, scale, minor);
  for (const probe of PROBES) {
    for (const minor of [probe, -probe, probe * scale + (scale - 1), -(probe * scale + 1)]) {
      if (Math.abs(minor) < MAX_MINOR && write(minor) !== intl(minor)) return undefined;
    }
  }
  return (minor) => (Math.abs(minor) < MAX_MINOR && Number.isInteger(minor) ? write(minor) : intl(minor));
}

function writeWith(shape: Shape, digits: number, scale: number, minor: number): string {
  const sign = minor < 0 ? 1 : 0;
  const units = sign === 1 ? -minor : minor;
  const whole = Math.floor(units / scale);
  let text = shape.prefix[sign] + grouped(whole, shape.group);
  if (digits > 0) text += shape.decimal + String(units - whole * scale).padStart(digits, '0');
  return text + shape.suffix[sign];
}

/** `n`'s digits grouped by threes from the right with `separator`. */
function grouped(n: number, separator: string): string {
  const text = String(n);
  if (text.length <= 3) return text;
  let out = text.slice(0, ((text.length - 1) % 3) + 1);
  for (let i = out.length; i < text.length; i += 3) out += separator + text.slice(i, i + 3);
  return out;
}

/** The parts around the number, for a positive and a negative amount, when they look plain. */
function shapeOf(format: Intl.NumberFormat, digits: number, scale: number): Shape | undefined {
  const positive = partsOf(format, 1_234_567 + (scale - 1) / scale);
  const negative = partsOf(format, -(1_234_567 + (scale - 1) / scale));
  if (positive === undefined || negative === undefined) return undefined;
  if (positive.group !== negative.group || positive.decimal !== negative.decimal) return undefined;
  if (digits > 0 && positive.decimal === undefined) return undefined;
  return {
    prefix: [positive.prefix, negative.prefix],
    suffix: [positive.suffix, negative.suffix],
    group: positive.group,
    decimal: positive.decimal ?? '',
  };
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

function partsOf(
  format: Intl.NumberFormat,
  value: number,
): { prefix: string; suffix: string; group: string; decimal: string | undefined } | undefined {
  const parts = format.formatToParts(value);
  const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
  let last = -1;
  parts.forEach((p, i) => {
    if (NUMBER_PARTS.has(p.type)) last = i;
  });
  if (first === -1) return undefined;
  const inside = parts.slice(first, last + 1);
  if (inside.some((p) => !NUMBER_PARTS.has(p.type))) return undefined;
  const group = inside.find((p) => p.type === 'group')?.value;
  if (group === undefined) return undefined;
  const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
  return {
    prefix: text(parts.slice(0, first)),
    suffix: text(parts.slice(last + 1)),
    group,
    decimal: inside.find((p) => p.type === 'decimal')?.value,
  };
}
