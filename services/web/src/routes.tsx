// Client routes → pages. The server answers every one of these paths with index.html.
import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n/i18n.ts';
import { matchPath } from './lib/router.ts';
import { AlertsPage } from './pages/alerts.tsx';
import { ArgumentsPage } from './pages/arguments.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { DigestsPage } from './pages/digests.tsx';
import { DossierPage } from './pages/dossier.tsx';
import { DossiersPage } from './pages/dossiers.tsx';
import { ItemPage } from './pages/item.tsx';
import { RulesPage } from './pages/rules.tsx';
import { SearchPage } from './pages/search.tsx';
import { SourcesPage } from './pages/sources.tsx';
import { TopicsPage } from './pages/topics.tsx';
import { UsersPage } from './pages/users.tsx';

type Page = (params: Record<string, string>, query: URLSearchParams) => ComponentChildren;

const ROUTES: [string, Page][] = [
  ['/', (_p, q) => <SearchPage query={q} />],
  ['/search', (_p, q) => <SearchPage query={q} />],
  ['/items/:id', (p) => <ItemPage id={p.id ?? ''} />],
  ['/dashboard', () => <DashboardPage />],
  ['/alerts', () => <AlertsPage />],
  ['/rules', () => <RulesPage />],
  ['/dossiers', () => <DossiersPage />],
  ['/dossiers/:id', (p) => <DossierPage id={p.id ?? ''} />],
  ['/arguments', () => <ArgumentsPage />],
  ['/sources', () => <SourcesPage />],
  ['/topics', () => <TopicsPage />],
  ['/digests', () => <DigestsPage />],
  ['/users', () => <UsersPage />],
];

function NotFound() {
  const { t } = useI18n();
  return <p>{t('notFound')}</p>;
}

export function pageFor(path: string, query: URLSearchParams): ComponentChildren {
  for (const [pattern, page] of ROUTES) {
    const params = matchPath(pattern, path);
    if (params) return page(params, query);
  }
  return <NotFound />;
}
