// Users (admin) and API tokens (own; admin: all): create, disable, revoke. A new token's secret is
// shown once.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Role, Token, User } from '../api/types.ts';
import { EnableToggle } from '../components/enable-toggle.tsx';
import { ErrorNote } from '../components/error-note.tsx';
import { InlineForm } from '../components/inline-form.tsx';
import { TableHead } from '../components/table-head.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useAction } from '../lib/use-action.ts';
import { useAsync } from '../lib/use-async.ts';

const ROLES: Role[] = ['viewer', 'analyst', 'press_officer', 'admin'];

function Users() {
  const { t } = useI18n();
  const users = useAsync(() => api.get<{ users: User[] }>('/api/users'), []);
  const [draft, setDraft] = useState({ username: '', password: '', role: 'viewer' as Role });
  const { error, run } = useAction(users.reload);
  return (
    <section>
      <h1>{t('usersTitle')}</h1>
      <table>
        <TableHead headers={[t('username'), t('displayName'), t('role'), t('disabled'), t('actions')]} />
        <tbody>
          {(users.data?.users ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName ?? ''}</td>
              <td>{u.role}</td>
              <td>{u.disabled ? t('yes') : t('no')}</td>
              <td>
                <EnableToggle
                  enabled={!u.disabled}
                  onToggle={(enabled) => run(() => api.patch(`/api/users/${u.id}`, { disabled: !enabled }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InlineForm onSubmit={() => run(() => api.post('/api/users', draft))}>
        <h2>{t('newUser')}</h2>
        <label>
          {t('username')}
          <input
            required
            value={draft.username}
            onInput={(e) => setDraft({ ...draft, username: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('password')}
          <input
            type="password"
            autocomplete="new-password"
            required
            minLength={10}
            value={draft.password}
            onInput={(e) => setDraft({ ...draft, password: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('role')}
          <select
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t('add')}</button>
      </InlineForm>
      <ErrorNote error={error ?? users.error} />
    </section>
  );
}

function Tokens() {
  const { t, lang } = useI18n();
  const tokens = useAsync(() => api.get<{ tokens: Token[] }>('/api/tokens'), []);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const { error, run } = useAction(tokens.reload);
  return (
    <section>
      <h2>{t('tokensTitle')}</h2>
      <table>
        <TableHead headers={[t('name'), t('role'), t('created'), t('actions')]} />
        <tbody>
          {(tokens.data?.tokens ?? []).map((tk) => (
            <tr key={tk.id}>
              <td>{tk.name}</td>
              <td>{tk.role}</td>
              <td>{formatDate(lang, tk.createdAt)}</td>
              <td>
                {tk.revokedAt ? (
                  t('revoked')
                ) : (
                  <button
                    type="button"
                    class="danger"
                    onClick={() => run(() => api.del(`/api/tokens/${tk.id}`))}
                  >
                    {t('revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InlineForm
        onSubmit={() =>
          run(async () => setSecret((await api.post<{ secret: string }>('/api/tokens', { name })).secret))
        }
      >
        <label>
          {t('newToken')}
          <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('add')}</button>
      </InlineForm>
      {secret && (
        <p role="status">
          {t('tokenSecret')} <code>{secret}</code>
        </p>
      )}
      <ErrorNote error={error ?? tokens.error} />
    </section>
  );
}

export function UsersPage() {
  const { me } = useSession();
  return (
    <div class="two-columns">
      {atLeast(me, 'admin') ? <Users /> : <div />}
      <Tokens />
    </div>
  );
}
