// The accounts-group stores over the search engine (packages/storage-search/src/repositories,
// createAccountsGroup) beside SQLite: what every API request does to authenticate (a token: find
// by secret hash, its owner, the owner's user; a login session: the session, its user), and the
// user-facing writes (log in, create a token, add a section to a dossier, list BENCH_DOSSIERS
// dossiers, list the argument library by text). Synthetic data (fictional text), no corpus needed.
// SEARCH_URL names the node; without it the test node of infra/search-node is started and stopped.
import { createHash } from 'node:crypto';
import type { NewSection, User } from '@presswatch/domain';
import { type AccountsGroup, createAccountsGroup } from '@presswatch/storage-search';
import { measureBothBackends, type Row, latencyRow as row, time } from './support/store-bench.ts';
import { printTable, writeResult } from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 100);
const CARDS = Number(process.env.BENCH_CARDS ?? 200);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const user = (i: number): User => ({
  id: `u${i}`,
  username: `nguoi-dung-${i}`,
  displayName: `Người dùng ${i}`,
  email: null,
  role: 'analyst',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi',
  disabled: false,
  createdAt: new Date().toISOString(),
});

const claim = (dossierId: string, id: string): NewSection => ({
  id,
  dossierId,
  kind: 'claim',
  note: 'Ghi chú thử về một bài viết hư cấu.',
  quote: '',
  item: {
    id: `i-${id}`,
    title: `Bài viết thử ${id}`,
    url: `https://tin.example.vn/${id}`,
    sourceName: 'Báo Ví Dụ',
    publishedAt: null,
    language: 'vi',
    country: 'vn',
    clusterSize: 2,
  },
  cardId: null,
  card: null,
});

async function seed(stores: AccountsGroup): Promise<void> {
  for (let i = 0; i < USERS; i++) {
    await stores.users.create(user(i), 'hash');
    await stores.tokens.create({
      id: `t${i}`,
      name: `tk ${i}`,
      role: 'viewer',
      secretHash: sha256(`secret-${i}`),
    });
    await stores.tokenOwners.setOwner(`t${i}`, `u${i}`);
    const at = new Date().toISOString();
    await stores.sessions.create({
      id: `s${i}`,
      userId: `u${i}`,
      csrfToken: 'c',
      createdAt: at,
      expiresAt: at,
    });
  }
  for (let i = 0; i < DOSSIERS; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const id = `d${i}`;
    await stores.dossiers.create({
      id,
      title: `Hồ sơ ${i}`,
      topic: null,
      summary: '',
      ownerId: 'u0',
      createdAt: at,
      updatedAt: at,
    });
    for (let k = 0; k < 5; k++) await stores.dossiers.addSection(claim(id, `${id}-${k}`));
  }
  for (let i = 0; i < CARDS; i++) {
    const evidence = [{ text: `Dẫn chứng ${i}`, citation: `Văn bản ví dụ ${i}`, url: null }];
    const topics = [i % 2 ? 'border' : 'sea_islands'];
    const card = { id: `c${i}`, title: `Lập luận ${i}`, statement: 'Một lập luận hư cấu.', topics, evidence };
    await stores.argumentCards.save({ ...card, updatedAt: new Date().toISOString(), updatedBy: 'system' });
  }
}

async function measure(name: string, stores: AccountsGroup): Promise<Row[]> {
  await seed(stores);
  const rows: Row[] = [];
  const byToken = async (i: number) => {
    const token = await stores.tokens.findBySecretHash(sha256(`secret-${i % USERS}`));
    const owner = token && (await stores.tokenOwners.ownerOf(token.id));
    if (!owner || !(await stores.users.get(owner))) throw new Error('token lookup failed');
  };
  const bySession = async (i: number) => {
    const session = await stores.sessions.get(`s${i % USERS}`);
    if (!session || !(await stores.users.get(session.userId))) throw new Error('session lookup failed');
  };
  rows.push(row(name, 'authenticate a token (3 reads)', await time(RUNS, byToken)));
  rows.push(row(name, 'authenticate a session (2 reads)', await time(RUNS, bySession)));
  const at = () => new Date().toISOString();
  const login = (i: number) =>
    stores.sessions.create({
      id: `new-${i}`,
      userId: `u${i % USERS}`,
      csrfToken: 'c',
      createdAt: at(),
      expiresAt: at(),
    });
  rows.push(row(name, 'log in (create a session)', await time(RUNS, login)));
  const token = (i: number) =>
    stores.tokens.create({ id: `nt${i}`, name: 'n', role: 'viewer', secretHash: sha256(`new-${i}`) });
  rows.push(row(name, 'create a token', await time(Math.min(RUNS, 100), token)));
  const add = (i: number) => stores.dossiers.addSection(claim(`d${i % DOSSIERS}`, `extra-${i}`));
  rows.push(row(name, 'add a section to a dossier', await time(Math.min(RUNS, 100), add)));
  rows.push(row(name, `list ${DOSSIERS} dossiers with counts`, await time(30, () => stores.dossiers.list())));
  rows.push(
    row(
      name,
      `list ${CARDS} cards by text`,
      await time(30, () => stores.argumentCards.list({ text: 'lap luan 1' })),
    ),
  );
  rows.push(
    row(name, `purge expired sessions`, await time(1, () => stores.sessions.purgeExpired(new Date()))),
  );
  return rows;
}

async function main() {
  const rows = await measureBothBackends<AccountsGroup>({
    label: 'accounts',
    fromSqlite: (storage) => storage,
    createEngineGroup: createAccountsGroup,
    measure,
  });
  printTable(rows);
  const settings = { runs: RUNS, users: USERS, dossiers: DOSSIERS, cards: CARDS, rows };
  console.log(`results: ${writeResult('engine-accounts', settings)}`);
}

await main();
