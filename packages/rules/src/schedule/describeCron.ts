/** Day names by cron weekday number (0 and 7 are Sunday). */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const INT = /^\d{1,2}$/;

/** `text` as an integer from `min` to `max`, else undefined. */
function int(text: string, min: number, max: number): number | undefined {
  if (!INT.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** `*\/n` as n (from 1 to `max`), else undefined. */
function step(text: string, max: number): number | undefined {
  return text.startsWith('*/') ? int(text.slice(2), 1, max) : undefined;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The minute and hour fields in words, or undefined. */
function timeWords(minute: string, hour: string): string | undefined {
  const m = int(minute, 0, 59);
  const h = int(hour, 0, 23);
  if (m !== undefined && h !== undefined) return `at ${two(h)}:${two(m)}`;
  if (hour === '*') {
    if (m === 0) return 'every hour on the hour';
    if (m !== undefined) return `every hour at minute ${m}`;
    const every = step(minute, 59);
    if (every !== undefined) return every === 1 ? 'every minute' : `every ${every} minutes`;
    if (minute === '*') return 'every minute';
    return undefined;
  }
  const everyHours = step(hour, 23);
  if (m !== undefined && everyHours !== undefined) return `every ${everyHours} hours at minute ${m}`;
  return undefined;
}

/** The weekday field in words ("every Tuesday", "on Monday to Friday"), or undefined. */
function weekdayWords(field: string): string | undefined {
  const single = int(field, 0, 7);
  if (single !== undefined) return `every ${DAYS[single]}`;
  const range = /^(\d)-(\d)$/.exec(field);
  if (range) {
    const [from, to] = [int(range[1]!, 0, 7), int(range[2]!, 0, 7)];
    if (from === undefined || to === undefined || from >= to) return undefined;
    return `on ${DAYS[from]} to ${DAYS[to]}`;
  }
  const list = field.split(',').map((d) => int(d, 0, 7));
  if (list.length < 2 || list.some((d) => d === undefined)) return undefined;
  const names = list.map((d) => DAYS[d!]!);
  return `on ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A five-field cron expression in words, for the common shapes a rule author writes: a time of
 * day (`0 10 * * 2`: "at 10:00 every Tuesday"), every hour or every N minutes or hours, on every
 * day, on weekdays (a number, a range such as `1-5`, a list) or on one day of the month. Times
 * are the schedule's own (its time zone). Anything else (months, names, mixed lists, both a day
 * of the month and a weekday) gives undefined: then show the expression itself. Never throws.
 *
 * @example describeCron('0 9 * * 1-5') // 'at 09:00 on Monday to Friday'
 */
export function describeCron(cron: unknown): string | undefined {
  if (typeof cron !== 'string' || cron.length > 100) return undefined;
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [minute, hour, dayOfMonth, month, weekday] = fields as [string, string, string, string, string];
  if (month !== '*') return undefined;
  const time = timeWords(minute, hour);
  if (time === undefined) return undefined;
  const and = time.startsWith('at ') ? ' ' : ', ';
  if (dayOfMonth === '*') {
    if (weekday === '*') return `${time}${and}every day`;
    const days = weekdayWords(weekday);
    return days === undefined ? undefined : `${time}${and}${days}`;
  }
  const dom = int(dayOfMonth, 1, 31);
  return dom === undefined || weekday !== '*' ? undefined : `${time}${and}on day ${dom} of every month`;
}
