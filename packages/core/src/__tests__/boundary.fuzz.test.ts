// The boundary fuzz suite of @hotleads/core, @hotleads/core/demo and @hotleads/core/worker (issue: "a HotleadsError for
// every bad input"; docs/scoring.md and docs/queue-and-compliance.md, "Guarantees"). Every runtime
// export is called with valid and hostile arguments through the shared harness
// (test/boundary/harness.ts): nothing but a HotleadsError is thrown, no call hangs, no argument is
// mutated, plain data is never refused as "unreadable", and on calls that succeed the property
// oracles hold (a score in [0, 100] whose contributions sum to achieved, a queue that returns
// every account with the eligible ones first, a check that is eligible exactly when it has no
// reason). The harness fails when an export has no spec here.
import { boundarySuite } from '../../../../test/boundary/harness';
import * as demo from '../demo/index';
import * as core from '../index';
import * as worker from '../worker/index';
import { coreSpecs, demoSpecs, workerSpecs } from './boundarySpecs';

boundarySuite('@hotleads/core', core, coreSpecs);
boundarySuite('@hotleads/core/demo', demo, demoSpecs);
boundarySuite('@hotleads/core/worker', worker, workerSpecs);
