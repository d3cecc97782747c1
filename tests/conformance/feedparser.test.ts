// Feed parsing conformance over the 710 feedparser cases in ../shared/feeds/feedparser (issue 3,
// item 6). Every case runs in a child process with a deadline, so a hang is caught and reported.
// - well-formed cases whose expectation our FeedDocument can express (titles, links, ids, dates,
//   authors, summaries, content, categories, enclosures): at least 95 % must pass;
// - every case, well-formed or not: parsed, or refused with a FeedParseError; none crashes or hangs;
// - the 66 "entities" cases (HTML entities, bare "&", truncated ends: not XML) must be recovered.
// Encoding cases go through the fetch layer's decodeBody; their pass rate is printed, not asserted.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FeedparserCase, loadFeedparserCases } from './feedparser/cases.ts';
import { type CaseOutcome, passed } from './feedparser/run-case.ts';
import { type CaseRun, runCasesInChild } from './support/case-runner.ts';
import { sharedData } from './support/shared-dir.ts';

const data = sharedData('feeds/feedparser', 'feedparser conformance');
const WORKER = fileURLToPath(new URL('./feedparser/worker.ts', import.meta.url));
const CASE_TIMEOUT_MS = 5_000;
const REQUIRED_PASS_RATE = 0.95;

describe.skipIf(data.skip)(data.title, () => {
  let cases: FeedparserCase[];
  let run: CaseRun<CaseOutcome>;
  const outcomesOf = (suite: FeedparserCase['suite']) =>
    cases.flatMap((c, index) => (c.suite === suite ? [run.outcomes.get(index)!].filter(Boolean) : []));

  beforeAll(async () => {
    cases = loadFeedparserCases(data.dir);
    run = await runCasesInChild<CaseOutcome>(WORKER, [data.dir], [...cases.keys()], CASE_TIMEOUT_MS);
  }, 300_000);

  it('runs all 710 cases: none hangs, none kills the parser', () => {
    expect(cases).toHaveLength(710);
    expect(run.hung.map((i) => cases[i]!.file)).toEqual([]);
    expect(run.died.map((d) => `${cases[d.index]!.file}: ${d.reason}`)).toEqual([]);
    expect(run.outcomes.size).toBe(cases.length);
  });

  it('passes at least 95 % of the applicable well-formed cases', () => {
    const applicable = outcomesOf('wellformed').filter((o) => o.applicable);
    const failures = applicable.filter((o) => !passed(o));
    const rate = (applicable.length - failures.length) / applicable.length;
    console.info(
      `feedparser well-formed: ${applicable.length - failures.length}/${applicable.length} applicable cases pass (${(rate * 100).toFixed(1)} %)\n` +
        failures.map((o) => `  FAIL ${o.file}: ${describeFailure(o)}`).join('\n'),
    );
    expect(applicable.length).toBeGreaterThan(200);
    expect(rate).toBeGreaterThanOrEqual(REQUIRED_PASS_RATE);
  });

  it('crashes on nothing: every case is parsed or refused with a FeedParseError', () => {
    const crashed = [...run.outcomes.values()].filter((o) => o.status === 'crashed');
    expect(crashed.map((o) => `${o.file}: ${describeFailure(o)}`)).toEqual([]);
    const refused = [...run.outcomes.values()].filter((o) => o.status === 'refused');
    for (const outcome of refused) {
      if (outcome.status === 'refused')
        expect(outcome.error).toMatch(/^FeedParseError: (Not a feed|Malformed feed)/);
    }
  });

  it('recovers the text of every not-well-formed "entities" case', () => {
    const entities = outcomesOf('entities');
    const unrecovered = entities.filter((o) => !passed(o));
    console.info(`feedparser entities: ${entities.length - unrecovered.length}/${entities.length} recovered`);
    expect(entities).toHaveLength(66);
    expect(unrecovered.map((o) => `${o.file}: ${describeFailure(o)}`)).toEqual([]);
  });

  it('reports the ill-formed and encoding cases', () => {
    const lines = (['illformed', 'encoding'] as const).map((suite) => {
      const outcomes = outcomesOf(suite);
      const count = (status: CaseOutcome['status']) => outcomes.filter((o) => o.status === status).length;
      const applicable = outcomes.filter((o) => o.applicable);
      return `feedparser ${suite}: ${outcomes.length} cases, ${count('parsed')} parsed, ${count('refused')} refused with FeedParseError; expectations met ${applicable.filter(passed).length}/${applicable.length}`;
    });
    console.info(lines.join('\n'));
    expect(outcomesOf('illformed')).toHaveLength(16);
    expect(outcomesOf('encoding')).toHaveLength(82);
  });
});

function describeFailure(outcome: CaseOutcome): string {
  return outcome.status === 'parsed' ? outcome.failures.join(' | ') : outcome.error;
}
