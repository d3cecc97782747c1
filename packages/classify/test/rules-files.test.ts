// Topics and the gazetteer are data: the shipped files load, an administrator adds a topic by
// adding a file, and a broken file is reported with its name, the key and (for a query) the column.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyDocument, loadClassifierModel, RulesFileError } from '@presswatch/classify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_DIR } from './shared-dir.ts';

const SHIPPED = {
  topicsDir: join(REPO_DIR, 'config/topics'),
  gazetteerDir: join(REPO_DIR, 'config/gazetteer'),
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'presswatch-rules-'));
  cpSync(SHIPPED.topicsDir, join(dir, 'topics'), { recursive: true });
  cpSync(SHIPPED.gazetteerDir, join(dir, 'gazetteer'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const paths = () => ({ topicsDir: join(dir, 'topics'), gazetteerDir: join(dir, 'gazetteer') });

function loadError(): RulesFileError {
  try {
    loadClassifierModel(paths());
  } catch (error) {
    if (error instanceof RulesFileError) return error;
    throw error;
  }
  throw new Error('the model loaded');
}

describe('the shipped rules', () => {
  it('load: four topics and the Quảng Trị gazetteer', () => {
    const model = loadClassifierModel(SHIPPED);
    expect(model.topics.map((topic) => topic.topic)).toEqual([
      'border',
      'human_rights',
      'investment',
      'sea_islands',
    ]);
    expect(model.gazetteer.name).toBe('Quảng Trị');
    expect(model.gazetteer.places.length).toBeGreaterThan(30);
  });
});

describe('adding and breaking rules files', () => {
  it('adds a topic from a new YAML file, without code', () => {
    writeFileSync(
      join(dir, 'topics', 'fisheries.yaml'),
      'topic: fisheries\nthreshold: 0.4\nrules:\n  - query: \'"khai thác hải sản" OR "IUU"\'\n    weight: 1\n',
    );
    const model = loadClassifierModel(paths());
    const result = classifyDocument(
      {
        id: 'x',
        title: 'Chống khai thác hải sản bất hợp pháp IUU',
        text: 'Tàu cá phải lắp thiết bị giám sát.',
      },
      model,
    );
    expect(result.topics.find((topic) => topic.topic === 'fisheries')).toMatchObject({ assigned: true });
  });

  it('names the file, the key and the column of a query that does not parse', () => {
    writeFileSync(join(dir, 'topics', 'broken.yaml'), 'rules:\n  - query: \'"biên giới" OR (cửa khẩu\'\n');
    const error = loadError();
    expect(error.file).toBe(join(dir, 'topics', 'broken.yaml'));
    expect(error.key).toBe('rules.0.query');
    expect(error.message).toMatch(/broken\.yaml: rules\.0\.query: unbalanced parenthesis \(column 16\)/u);
  });

  it('names the file and the key of a value of the wrong type', () => {
    writeFileSync(join(dir, 'topics', 'broken.yaml'), 'threshold: high\nrules:\n  - query: biên\n');
    expect(loadError().message).toMatch(/broken\.yaml: threshold: Expected number, received string/u);
  });

  it('rejects unknown keys (a typo must not pass silently)', () => {
    writeFileSync(join(dir, 'topics', 'broken.yaml'), 'rules:\n  - query: biên\n    wieght: 2\n');
    expect(loadError().message).toMatch(/broken\.yaml: rules\.0: Unrecognized key\(s\) in object: 'wieght'/u);
  });

  it('says when a file is not YAML', () => {
    writeFileSync(join(dir, 'topics', 'broken.yaml'), 'rules: [unclosed\n');
    expect(loadError().message).toMatch(/broken\.yaml: not valid YAML/u);
  });

  it('rejects a topic id that differs from its file name', () => {
    writeFileSync(join(dir, 'topics', 'broken.yaml'), 'topic: other\nrules:\n  - query: biên\n');
    expect(loadError().message).toMatch(/broken\.yaml: topic: "other" differs from the file name "broken"/u);
  });

  it('names a gazetteer place key that is wrong', () => {
    writeFileSync(
      join(dir, 'gazetteer', 'quang-tri.yaml'),
      'name: Quảng Trị\nplaces:\n  - id: ok\n    names: [Đông Hà]\n  - id: Bad Id\n    names: [Gio Linh]\n',
    );
    expect(loadError().message).toMatch(
      /quang-tri\.yaml: places\.1\.id: use lower-case letters, digits and -/u,
    );
  });
});
