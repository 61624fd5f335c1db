import fc from 'fast-check';

// Every property test runs on a fixed seed so a CI failure reproduces locally.
// A test that wants a different seed passes its own in fc.assert's parameters.
fc.configureGlobal({ seed: 20261122, numRuns: 200 });
