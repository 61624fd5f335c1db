import { z } from 'zod';

/** A non-empty trimmed string. */
export const text = z.string().trim().min(1, 'Required');
/** An amount as accepted at the boundary; checked precisely by parseAmount. */
export const amountInput = z.union([z.string(), z.number()], { message: 'Amount is required (a string or a number)' });
/** An actor. */
export const actorSchema = z.object(
  { id: text, name: text, role: text },
  { message: 'An actor { id, name, role } is required' },
);
/** An optional idempotency key. */
export const keySchema = z.string().trim().min(1).max(200).optional();
/** A Time: epoch ms, Date or zoned ISO string; checked precisely by toEpochMs. */
export const timeInput = z.union([z.string(), z.number(), z.date()]);
/** The item types. */
export const itemTypeSchema = z.enum(['bill', 'service', 'installment'], {
  message: 'Type must be bill, service or installment',
});
