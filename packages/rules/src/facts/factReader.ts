import { compileFieldReader, type IssuePath } from '@hotleads/core';
import { HOURS_SINCE_PREFIX } from '../catalog/factCatalog';
import type { FactScope } from './FactScope';

/** Reads one fact from a scope. */
export type FactReader = (scope: FactScope) => unknown;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * True for the derived facts whose value is always a primitive (a number, a string or
 * undefined): `now`, `hoursUntouched`, `hoursSince.*`, `previousStatus`, `score` and `band`. A
 * number check on such a value never throws, so a compiled comparison on it needs no probe.
 */
export function readsPrimitive(id: string): boolean {
  switch (id) {
    case 'now':
    case 'hoursUntouched':
    case 'previousStatus':
    case 'score':
    case 'band':
      return true;
    default:
      return id.startsWith(HOURS_SINCE_PREFIX) && id.length > HOURS_SINCE_PREFIX.length;
  }
}

/**
 * Compiles a fact id into a reader: derived facts ask the scope (computed on demand), any other
 * id is a dotted own-property path into the lead.
 */
export function compileFactReader(id: string, at: IssuePath = []): FactReader {
  switch (id) {
    case 'now':
      return (s) => s.now;
    case 'hoursUntouched':
      return (s) => s.hoursUntouched();
    case 'previousStatus':
      return (s) => s.previousStatus();
    case 'changedFields':
      return (s) => s.changedFields();
    case 'score':
      return (s) => s.score()?.score;
    case 'band':
      return (s) => s.score()?.band;
    default:
      break;
  }
  if (id.startsWith(HOURS_SINCE_PREFIX) && id.length > HOURS_SINCE_PREFIX.length) {
    const type = id.slice(HOURS_SINCE_PREFIX.length);
    return (s) => s.hoursSince(type);
  }
  if (!id.includes('.')) {
    compileFieldReader(id, at); // refuses __proto__ & co.
    if (id in Object.prototype) {
      return (s) => {
        const lead = s.lead;
        return hasOwn.call(lead, id) ? lead[id] : undefined;
      };
    }
    // On a plain object (prototype Object.prototype or null) a key that Object.prototype does
    // not have is either own or absent, so one lookup reads own properties only.
    return (s) => {
      const lead = s.lead;
      return s.plainLead || hasOwn.call(lead, id) ? lead[id] : undefined;
    };
  }
  const read = compileFieldReader(id, at);
  return (s) => read(s.lead);
}
