// Checks of a rule beyond its JSON shape: the query parses (a QuerySyntaxError names the
// column), times and zones are real, ranges are ordered, and a rule is not "match everything".
import type { AlertRule } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { isValidTimeZone, parseClock } from '../time/zoned-time.ts';

export class RuleValidationError extends Error {
  override readonly name = 'RuleValidationError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Throws QuerySyntaxError or RuleValidationError. */
export function validateRule(rule: AlertRule): void {
  const query = parseQuery(rule.query);
  const f = rule.filters;
  const hasFilter =
    f.topics.length + f.sourceIds.length + f.countries.length + f.languages.length > 0 ||
    f.domestic !== null ||
    f.minRelevance !== null ||
    f.minTone !== null ||
    f.maxTone !== null ||
    rule.minScore !== null;
  if (!query && !hasFilter) throw new RuleValidationError('/query', 'a rule needs a query or a filter');
  if (f.minTone !== null && f.maxTone !== null && f.minTone > f.maxTone) {
    throw new RuleValidationError('/filters/minTone', 'must not exceed maxTone');
  }
  const quiet = rule.quietHours;
  if (quiet) {
    if (parseClock(quiet.start) === null) throw new RuleValidationError('/quietHours/start', 'must be HH:MM');
    if (parseClock(quiet.end) === null) throw new RuleValidationError('/quietHours/end', 'must be HH:MM');
    if (!isValidTimeZone(quiet.timeZone)) {
      throw new RuleValidationError('/quietHours/timeZone', `unknown time zone ${quiet.timeZone}`);
    }
  }
}
