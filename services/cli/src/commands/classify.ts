// presswatch classify [--topics DIR] [--gazetteer DIR] < in.jsonl > out.jsonl
//
// One JSON object per input line, {id, title, text, lang?, url?}; one per output line, {id, lang,
// topics: [{topic, score}] (over their threshold only), province: {score, relevant, places},
// tone, summary}, in input order. Blank lines are skipped. A bad line (not JSON, a missing
// field) gets one line on stderr naming its line number and no output line; the rest are still
// classified, and the exit status is then 1. Rules that do not load stop the command with 2.
//
// The rules are config/topics and config/gazetteer of the working directory, or the ones shipped
// with PressWatch when the working directory has none.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ClassifierModel,
  classifyJsonLine,
  loadClassifierModel,
  RulesFileError,
} from '@presswatch/classify';
import { inputLines } from './input-lines.ts';

const USAGE = 'usage: presswatch classify [--topics DIR] [--gazetteer DIR] < in.jsonl > out.jsonl\n';

/** Output is written in chunks of about this many characters. */
const FLUSH_CHARS = 1 << 16;

export async function runClassify(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`presswatch classify: ${options}\n${USAGE}`);
    return 2;
  }
  let model: ClassifierModel;
  try {
    model = loadClassifierModel(options);
  } catch (error) {
    if (!(error instanceof RulesFileError)) throw error;
    process.stderr.write(`presswatch classify: ${error.message}\n`);
    return 2;
  }
  const badLines = await classifyStream(model);
  return badLines > 0 ? 1 : 0;
}

/** Classifies stdin to stdout; returns how many lines were bad. */
async function classifyStream(model: ClassifierModel): Promise<number> {
  let lineNumber = 0;
  let badLines = 0;
  let pending = '';
  for await (const batch of inputLines(process.stdin)) {
    for (const line of batch) {
      lineNumber++;
      if (!line.trim()) continue;
      const result = classifyJsonLine(line, model);
      if (!result.ok) {
        badLines++;
        process.stderr.write(`presswatch classify: line ${lineNumber}: ${result.error}\n`);
        continue;
      }
      pending += `${JSON.stringify(result.output)}\n`;
    }
    if (pending.length >= FLUSH_CHARS) {
      await write(pending);
      pending = '';
    }
  }
  if (pending) await write(pending);
  return badLines;
}

/** Writes and waits while stdout's buffer is full, so a slow reader does not fill memory. */
function write(chunk: string): Promise<void> {
  return new Promise((done, fail) => {
    if (process.stdout.write(chunk)) return done();
    const drained = () => {
      process.stdout.off('error', failed);
      done();
    };
    const failed = (error: Error) => {
      process.stdout.off('drain', drained);
      fail(error);
    };
    process.stdout.once('drain', drained).once('error', failed);
  });
}

interface Paths {
  topicsDir: string;
  gazetteerDir: string;
}

function parseArgs(args: string[]): Paths | string {
  const paths: Paths = { topicsDir: defaultDir('topics'), gazetteerDir: defaultDir('gazetteer') };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag !== '--topics' && flag !== '--gazetteer') || value === undefined) return `unexpected "${flag}"`;
    if (flag === '--topics') paths.topicsDir = resolve(value);
    else paths.gazetteerDir = resolve(value);
    i++;
  }
  return paths;
}

/** config/<name> of the working directory, else the one shipped in the repository. */
function defaultDir(name: string): string {
  const local = resolve('config', name);
  if (existsSync(local)) return local;
  return join(dirname(fileURLToPath(import.meta.url)), '../../../../config', name);
}
