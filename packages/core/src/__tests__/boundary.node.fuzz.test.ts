// The boundary fuzz suite of @hotleads/core/node (issue: "a HotleadsError for every bad input"; docs/scaling.md):
// createScoringPool and scoreShards called with valid and hostile shards, options and models through the
// shared harness (test/boundary/harness.ts). The pool starts real worker threads, so its spec runs few cases.
import { afterAll } from 'vitest';
import { boundarySuite } from '../../../../test/boundary/harness';
import * as node from '../node/index';
import { nodeSpecs, removeShardFiles } from './nodeBoundarySpecs';

boundarySuite('@hotleads/core/node', node, nodeSpecs);
afterAll(removeShardFiles);
