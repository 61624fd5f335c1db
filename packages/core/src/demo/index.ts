// @hotleads/core/demo — seeded, reproducible generators: sample books and leads for demos,
// Storybook stories, tests and benchmarks, and the seeded random source behind them.
//
// Audience: anyone who needs realistic data without a database (a host's demo page, a test, a
// story). Nothing here belongs on a production code path, with one exception: `seededRandom` is
// also how @hotleads/rules' `sampleLeads` draws a reproducible sample. The main entry,
// `@hotleads/core`, does not import this one, so a host that never imports it never ships it.

export { seededRandom } from './seededRandom';
export type { Random } from './seededRandom';
export { generateCollectionsBook } from './generateCollectionsBook';
export type { CollectionsAccount, GenerateBookOptions } from './generateCollectionsBook';
export { generateB2bLeads } from './generateB2bLeads';
export type { GenerateB2bLeadsOptions } from './generateB2bLeads';
