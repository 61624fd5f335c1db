// What test/services/postgres.ts (a vitest globalSetup) provides to the SQL store's tests.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL, or '' when none is available. */
    pgUrl: string;
    /** Why there is none ('' when there is). */
    pgSkipReason: string;
  }
}
