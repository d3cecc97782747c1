// Running one feedparser case through parseFeedDocument and judging the outcome.
import { FeedParseError, parseFeedDocument } from '@presswatch/ingest';
import { caseDocument, type FeedparserCase } from './cases.ts';
import { failedChecks, isApplicable } from './checks.ts';

export type CaseOutcome =
  /** Parsed; `failures` lists the expectation clauses that did not hold (empty: passed). */
  | { file: string; status: 'parsed'; applicable: boolean; failures: string[] }
  /** Refused with a FeedParseError (the clear error the crawl stage records on the source). */
  | { file: string; status: 'refused'; applicable: boolean; error: string }
  /** Threw anything else: a crash. */
  | { file: string; status: 'crashed'; applicable: boolean; error: string };

// Fixed so that dates in the cases (2002–2006) are never judged to be in the future.
const NOW = new Date('2026-01-01T00:00:00Z');

export async function runCase(dir: string, c: FeedparserCase): Promise<CaseOutcome> {
  const applicable = isApplicable(c.checks);
  const { text, baseUrl } = caseDocument(dir, c);
  try {
    const doc = await parseFeedDocument(text, baseUrl, { now: NOW });
    return {
      file: c.file,
      status: 'parsed',
      applicable,
      failures: applicable ? failedChecks(c.checks, doc, baseUrl) : [],
    };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const status = error instanceof FeedParseError ? 'refused' : 'crashed';
    return { file: c.file, status, applicable, error: message };
  }
}

/** Whether an applicable case met its expectation. */
export function passed(outcome: CaseOutcome): boolean {
  return outcome.status === 'parsed' && outcome.failures.length === 0;
}
