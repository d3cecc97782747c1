// Login form: POST /auth/login; the session cookie and CSRF token come back.
import { useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { ErrorNote } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { logIn, useSession } from '../lib/session.ts';

export function LoginPage() {
  const { t } = useI18n();
  const { setMe } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setMe(await logIn(username, password));
    } catch (e) {
      const locked = e instanceof ApiError && e.status === 429;
      setError(locked ? t('loginLocked') : t('loginFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card login" onSubmit={submit}>
      <h1>{t('loginTitle')}</h1>
      <label>
        {t('username')}
        <input
          name="username"
          autocomplete="username"
          required
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('password')}
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('loginButton')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
