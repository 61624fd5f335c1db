import type { Evaluator } from '@hotleads/core';
import type { LeadStrings } from '../theme/leadStrings';

type Words = LeadStrings['evaluatorWords'];

/**
 * An evaluator as a criteria-table cell shows it: its points and thresholds as the model holds
 * them, written out (nothing is computed; a step table is listed step by step).
 */
export function evaluatorText(evaluator: Evaluator | undefined, words: Words, num: (n: number) => string): string {
  if (evaluator === undefined) return words.none;
  const steps = (list: ReadonlyArray<{ min: number; points: number }>) =>
    list.map((st) => words.step(num(st.min), num(st.points))).join(', ');
  switch (evaluator.kind) {
    case 'present':
      return words.present(num(evaluator.points));
    case 'oneOf':
      return words.oneOf(num(evaluator.points), num(evaluator.values.length));
    case 'map':
      return words.map(
        [
          ...Object.entries(evaluator.points).map(([k, v]) => `${k} ${num(v)}`),
          ...(evaluator.otherwise === undefined ? [] : [`* ${num(evaluator.otherwise)}`]),
        ].join(', '),
      );
    case 'steps':
      return words.steps(steps(evaluator.steps));
    case 'linear':
      return words.linear(num(evaluator.from[0]), num(evaluator.from[1]), num(evaluator.to[0]), num(evaluator.to[1]));
    case 'eventCount':
      return words.events(evaluator.types.join(', '), steps(evaluator.steps));
    case 'decayedSignals':
    case 'saturatingSignals':
      return words.signals(
        Object.entries(evaluator.signals)
          .map(([type, sig]) => `${type} ${num(sig.points)}`)
          .join(', '),
      );
    case 'timeSince':
      return words.hoursSince(
        evaluator.types.join(', '),
        evaluator.steps.map((st) => words.step(num(st.minHours), num(st.points))).join(', '),
      );
  }
}
