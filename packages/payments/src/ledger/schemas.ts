import * as z from 'zod/mini';
import type { Time } from '@hotleads/core';

/** A non-empty trimmed string. */
export const text = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1, 'Required')))();
/** An amount as accepted at the boundary; checked precisely by parseAmount. */
export const amountInput = /* @__PURE__ */ (() =>
  z.union([z.string(), z.number()], { message: 'Amount is required (a string or a number)' }))();
/** An actor. */
export const actorSchema = /* @__PURE__ */ (() =>
  z.object({ id: text, name: text, role: text }, { message: 'An actor { id, name, role } is required' }))();
/** An optional idempotency key. */
export const keySchema = /* @__PURE__ */ (() =>
  z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))))();
/**
 * A Time: epoch ms, a Date or a zoned ISO string, checked precisely by `readInstant`. The schema
 * reads nothing of an object (zod's `z.date()` calls `getTime`, which throws on a fake Date).
 */
export const timeInput = /* @__PURE__ */ (() =>
  z.custom<Time>((v) => typeof v === 'string' || typeof v === 'number' || (typeof v === 'object' && v !== null), {
    message: 'A time is epoch milliseconds, a Date or an ISO 8601 string with Z or an offset',
  }))();
/** The item types. */
export const itemTypeSchema = /* @__PURE__ */ (() =>
  z.enum(['bill', 'service', 'installment'], {
    message: 'Type must be bill, service or installment',
  }))();
