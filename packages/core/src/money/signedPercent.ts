import { fixedPoint } from './fixedPoint';

/** @internal Tenths of a percent as a signed change: 125 → "+12.5%", -30n → "−3.0%", 0 → "0.0%". */
export function signedPercent(tenths: number | bigint): string {
  if (tenths > 0) return `+${fixedPoint(tenths, 1)}%`;
  if (tenths < 0) return `−${fixedPoint(-tenths, 1)}%`;
  return '0.0%';
}

/** @internal Tenths of a percent without a sign: 125 → "12.5%", -30n → "3.0%", 0 → "0.0%". */
export function unsignedPercent(tenths: number | bigint): string {
  return `${fixedPoint(tenths < 0 ? -tenths : tenths, 1)}%`;
}
