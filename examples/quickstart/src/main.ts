// hotleads quickstart: `npm run demo` prints a tour of the whole library: a collections book
// scored and ranked with its reasons (core), a rule previewed on past leads (rules), and the
// sample payment recorded with its receipt and credit note (payments). Same output every run.
import { tour } from './tour';

process.stdout.write(`${(await tour()).join('\n')}\n`);
