// The built packages ship an ESM and a CommonJS copy of every class, so `HotleadsError` exists
// twice at run time. Errors carry the Symbol.for('hotleads.error') brand: this checks, on the
// real dist files, that each build recognizes the other's errors (isHotleadsError, instanceof,
// HotleadsError.wrap). Run after `npm run build`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esmCore = await import('@hotleads/core');
const cjsCore = require('@hotleads/core');
const esmRules = await import('@hotleads/rules');
const cjsRules = require('@hotleads/rules');

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};
const thrown = (run) => {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

check(esmCore.HotleadsError !== cjsCore.HotleadsError, 'the ESM and CJS builds are two classes');
for (const [from, to, name] of [
  [cjsRules, esmCore, 'a CJS rules error seen by ESM core'],
  [esmRules, cjsCore, 'an ESM rules error seen by CJS core'],
]) {
  const error = thrown(() => from.validateRule({ id: 'r' }));
  check(!(Object.getPrototypeOf(error) === to.HotleadsError.prototype), `${name}: comes from the other class`);
  check(to.isHotleadsError(error, 'INVALID_RULE'), `${name}: isHotleadsError`);
  check(error instanceof to.HotleadsError, `${name}: instanceof`);
  const wrapped = to.HotleadsError.wrap(error, [2]);
  check(wrapped instanceof to.HotleadsError && wrapped.path[0] === 2 && wrapped.cause === error, `${name}: wrap`);
  check(wrapped.detail === error.detail && !wrapped.detail.includes('(at '), `${name}: wrap keeps the detail`);
}
if (failures.length > 0) {
  process.stderr.write(`HotleadsError across builds failed:\n  ${failures.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write('HotleadsError is recognized across the ESM and CJS builds.\n');
