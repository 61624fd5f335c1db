// The Lua scripts that commit a job's outcome atomically (Redis runs a script as one step).
// docs/scaling.md, "Exactly one committed result".

/**
 * A shard's results for one round. KEYS: done marker, results, commits, last, changes stream.
 * ARGV: round, n, n × (lead id, `score|band`), m, m × (lead id, scoreChange context JSON).
 * When the marker is set (a retry of a job whose commit went through), nothing is written and 0
 * comes back; else every result, its commit count, the lead's last result and the band changes,
 * and 1.
 */
export const COMMIT_RESULTS = `
if redis.call('SET', KEYS[1], '1', 'NX') == false then return 0 end
local n = tonumber(ARGV[2])
for i = 0, n - 1 do
  local id = ARGV[3 + 2 * i]
  local value = ARGV[4 + 2 * i]
  redis.call('HSET', KEYS[2], id, value)
  redis.call('HINCRBY', KEYS[3], id, 1)
  redis.call('HSET', KEYS[4], id, value)
end
local at = 3 + 2 * n
local m = tonumber(ARGV[at])
for j = 1, m do
  redis.call('XADD', KEYS[5], '*', 'round', ARGV[1], 'leadId', ARGV[at + 2 * j - 1], 'context', ARGV[at + 2 * j])
end
return 1
`;

/**
 * A StateStore save, with the rule runs it records in the same step. KEYS: the state hash, the
 * round's runs hash (unused when no runs are given). ARGV: expected version ('' for none), state
 * JSON, then pairs (run key, 1). Returns the new version, or -1 when the version is stale (a
 * retry whose first attempt committed, or a concurrent writer): nothing is written then.
 */
export const SAVE_STATE = `
local current = redis.call('HGET', KEYS[1], 'version')
if (current or '') ~= ARGV[1] then return -1 end
local version = (tonumber(current) or 0) + 1
redis.call('HSET', KEYS[1], 'version', version, 'state', ARGV[2])
for i = 3, #ARGV, 2 do
  redis.call('HINCRBY', KEYS[2], ARGV[i], tonumber(ARGV[i + 1]))
end
return version
`;
