import { HotleadsError, toEpochMs, tryEpochMs, type Time } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import { readOptions, ownValue } from '../input/options';
import { readSafely } from '../input/readSafely';
import { isoTime } from '../input/time';
import { validateRule } from '../schema/validateRule';
import type { CatalogOptions, Rule } from '../types';

/** The `format` of a hotleads rule file. */
export const RULE_FILE_FORMAT = 'hotleads.rules';
/** The version of the rule file format this library writes and reads. */
export const RULE_FILE_VERSION = 1;

/** A rule set as a file (docs/rules.md, "Rule files"). */
export type RuleFile = {
  format: typeof RULE_FILE_FORMAT;
  version: typeof RULE_FILE_VERSION;
  /** When it was written (ISO 8601, UTC), when the host said. */
  exportedAt?: string;
  rules: Rule[];
};

/** Options of {@link exportRules}. */
export type ExportRulesOptions = CatalogOptions & {
  /** Recorded as `exportedAt`; the library never reads the clock. */
  exportedAt?: Time;
};

/** The constant sentences of the rule file checks. */
export const RULE_FILE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    json: 'The rule file is not JSON',
    object: 'A rule file is a JSON object with format, version and rules',
    format: `Not a hotleads rule file: format must be "${RULE_FILE_FORMAT}"`,
    version: `Unsupported rule file version: this library reads version ${RULE_FILE_VERSION}`,
    newer: `The rule file was written by a newer version of hotleads (this library reads version ${RULE_FILE_VERSION})`,
    rules: 'A rule file needs a list of rules',
    key: 'Unknown key in a rule file',
    exportedAt: 'exportedAt must be an ISO 8601 time with Z or an offset',
    duplicate: 'Two rules of the file have the same id',
  } as const))();

const KEYS = /* @__PURE__ */ (() => new Set(['format', 'version', 'exportedAt', 'rules']))();

function fileError(message: string, path: Array<string | number> = []): HotleadsError {
  return new HotleadsError('INVALID_RULE_FILE', message, { path });
}

/** Validates each rule (path `[prefix…, i, …]`) and refuses a repeated id. */
function checkRules(list: readonly unknown[], options: CatalogOptions, prefix: Array<string | number>): Rule[] {
  const seen = new Set<string>();
  return list.map((input, i) => {
    let rule: Rule;
    try {
      rule = validateRule(input, options);
    } catch (e) {
      throw HotleadsError.wrap(e, [...prefix, i]);
    }
    if (seen.has(rule.id))
      throw new HotleadsError('INVALID_RULE', RULE_FILE_MESSAGES.duplicate, { path: [...prefix, i, 'id'] });
    seen.add(rule.id);
    return rule;
  });
}

/**
 * A rule set as the text of a rule file: JSON with `format: "hotleads.rules"`, `version: 1`, an
 * optional `exportedAt` and the rules, each validated and normalized (`High` becomes 8). Read it
 * back with {@link importRules}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array, `INVALID_RULE` at
 *   `[i, …]` for a rule `validateRule` refuses or a repeated id, `INVALID_TIME` for `exportedAt`.
 * @example exportRules(ruleTemplates, { exportedAt: '2026-03-01T12:00:00Z' }) // '{\n  "format": "hotleads.rules", …'
 */
export function exportRules(rules: readonly Rule[], options: ExportRulesOptions = {}): string {
  const opts = readOptions(options, ['catalog', 'exportedAt']);
  const catalog = checkCatalog(opts.catalog);
  if (!Array.isArray(rules)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected an array of rules');
  const list = readSafely(() => Array.from(rules as readonly unknown[]), 'INVALID_ARGUMENT', []);
  const file: RuleFile = { format: RULE_FILE_FORMAT, version: RULE_FILE_VERSION, rules: [] };
  if (opts.exportedAt !== undefined) file.exportedAt = isoTime(toEpochMs(opts.exportedAt as Time, ['exportedAt']));
  file.rules = checkRules(list, { catalog }, []);
  return JSON.stringify(file, null, 2);
}

/**
 * The rules of a rule file (its text, or the value `JSON.parse` gave), checked on the way in:
 * the format and version first, then every rule with `validateRule` against the catalog, and no
 * id twice. Returns the normalized rules.
 *
 * @throws HotleadsError `INVALID_RULE_FILE` for what is no rule file of this version (not JSON,
 *   another `format`, a `version` other than 1, no `rules` list, an unknown key);
 *   `INVALID_RULE` at `['rules', i, …]` for a rule that does not validate or a repeated id.
 * @example importRules(exportRules(ruleTemplates)).length // ruleTemplates.length
 */
export function importRules(file: unknown, options: CatalogOptions = {}): Rule[] {
  const catalog = checkCatalog(readOptions(options, ['catalog']).catalog);
  let value = file;
  if (typeof file === 'string') {
    try {
      value = JSON.parse(file);
    } catch (cause) {
      throw new HotleadsError('INVALID_RULE_FILE', RULE_FILE_MESSAGES.json, { path: [], cause });
    }
  }
  return readSafely(
    () => {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw fileError(RULE_FILE_MESSAGES.object);
      const obj = value as object;
      for (const key of Object.keys(obj)) if (!KEYS.has(key)) throw fileError(RULE_FILE_MESSAGES.key, [key]);
      if (ownValue(obj, 'format') !== RULE_FILE_FORMAT) throw fileError(RULE_FILE_MESSAGES.format, ['format']);
      const version = ownValue(obj, 'version');
      if (typeof version === 'number' && Number.isInteger(version) && version > RULE_FILE_VERSION)
        throw fileError(RULE_FILE_MESSAGES.newer, ['version']);
      if (version !== RULE_FILE_VERSION) throw fileError(RULE_FILE_MESSAGES.version, ['version']);
      const exportedAt = ownValue(obj, 'exportedAt');
      if (exportedAt !== undefined && (typeof exportedAt !== 'string' || Number.isNaN(tryEpochMs(exportedAt))))
        throw fileError(RULE_FILE_MESSAGES.exportedAt, ['exportedAt']);
      const rules = ownValue(obj, 'rules');
      if (!Array.isArray(rules)) throw fileError(RULE_FILE_MESSAGES.rules, ['rules']);
      return checkRules(rules, { catalog }, ['rules']);
    },
    'INVALID_RULE_FILE',
    [],
  );
}
