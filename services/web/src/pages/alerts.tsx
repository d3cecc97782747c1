// Alert inbox: filter by status, rule and topic; select and acknowledge in bulk; each alert can be
// acknowledged, assigned, resolved and annotated.
import { useState } from 'preact/hooks';
import { api, withQuery } from '../api/client.ts';
import type { Alert, Rule, User } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useAsync } from '../lib/use-async.ts';
import { AlertCard } from './alert-card.tsx';
import { STATUS_LABELS } from './alert-status.ts';

interface Filters {
  status: string;
  ruleId: string;
  topic: string;
}

export function AlertsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [filters, setFilters] = useState<Filters>({ status: '', ruleId: '', topic: '' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const alerts = useAsync(
    () => api.get<{ alerts: Alert[] }>(withQuery('/api/alerts', { ...filters, limit: 100 })),
    [filters.status, filters.ruleId, filters.topic],
  );
  const rules = useAsync(() => api.get<{ rules: Rule[] }>('/api/rules'), []);
  const users = useAsync(
    () => (atLeast(me, 'admin') ? api.get<{ users: User[] }>('/api/users') : Promise.resolve({ users: [] })),
    [],
  );
  const canTriage = atLeast(me, 'analyst');
  const list = alerts.data?.alerts ?? [];
  const topics = [...new Set(list.flatMap((a) => a.topics))].sort();

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const bulkAcknowledge = async () => {
    setError(null);
    try {
      await api.post('/api/alerts/acknowledge', { ids: [...selected] });
      setSelected(new Set());
      alerts.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div>
      <h1>{t('alertsTitle')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('status')}
          <select
            value={filters.status}
            onChange={(e) => setFilters({ ...filters, status: e.currentTarget.value })}
          >
            <option value="">{t('allStatuses')}</option>
            {Object.entries(STATUS_LABELS).map(([status, label]) => (
              <option key={status} value={status}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rule')}
          <select
            value={filters.ruleId}
            onChange={(e) => setFilters({ ...filters, ruleId: e.currentTarget.value })}
          >
            <option value="">{t('allRules')}</option>
            {(rules.data?.rules ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('topic')}
          <select
            value={filters.topic}
            onChange={(e) => setFilters({ ...filters, topic: e.currentTarget.value })}
          >
            <option value="">{t('allTopics')}</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </label>
        {canTriage && (
          <button type="button" disabled={selected.size === 0} onClick={bulkAcknowledge}>
            {t('bulkAcknowledge', { n: selected.size })}
          </button>
        )}
      </form>
      <ErrorNote error={error ?? alerts.error} />
      {alerts.loading && <Loading />}
      {!alerts.loading && list.length === 0 && <p>{t('noAlerts')}</p>}
      <ul class="alert-list">
        {list.map((alert) => (
          <AlertCard
            key={alert.id}
            alert={alert}
            rules={rules.data?.rules ?? []}
            users={users.data?.users ?? []}
            selected={selected.has(alert.id)}
            canTriage={canTriage}
            onToggle={() => toggle(alert.id)}
            onChanged={alerts.reload}
          />
        ))}
      </ul>
    </div>
  );
}
