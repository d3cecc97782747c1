// The top bar: sections (by role), the language switch and log out.
import type { Role } from './api/types.ts';
import { type MessageKey, useI18n } from './i18n/i18n.ts';
import { navigate } from './lib/router.ts';
import { atLeast, logOut, useSession } from './lib/session.ts';

const SECTIONS: { href: string; label: MessageKey; role: Role }[] = [
  { href: '/search', label: 'navSearch', role: 'viewer' },
  { href: '/dashboard', label: 'navDashboard', role: 'viewer' },
  { href: '/alerts', label: 'navAlerts', role: 'viewer' },
  { href: '/rules', label: 'navRules', role: 'viewer' },
  { href: '/dossiers', label: 'navDossiers', role: 'viewer' },
  { href: '/sources', label: 'navSources', role: 'viewer' },
  { href: '/topics', label: 'navTopics', role: 'viewer' },
  { href: '/digests', label: 'navDigests', role: 'viewer' },
  { href: '/users', label: 'navUsers', role: 'viewer' },
];

export function Nav({ path }: { path: string }) {
  const { t, lang, setLang } = useI18n();
  const { me, setMe } = useSession();
  const current = (href: string) =>
    path === href || path.startsWith(`${href}/`) || (href === '/search' && path === '/');
  return (
    <header class="topbar">
      <a class="brand" href="/search">
        {t('appName')}
      </a>
      {me && (
        <nav aria-label="PressWatch">
          <ul>
            {SECTIONS.filter((s) => atLeast(me, s.role)).map((s) => (
              <li key={s.href}>
                <a href={s.href} aria-current={current(s.href) ? 'page' : undefined}>
                  {t(s.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div class="topbar-end">
        <button
          type="button"
          class="link-button"
          lang={lang === 'vi' ? 'en' : 'vi'}
          onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
        >
          {t('switchLang')}
        </button>
        {me && (
          <button
            type="button"
            class="link-button"
            onClick={async () => {
              await logOut().catch(() => {});
              setMe(null);
              navigate('/');
            }}
          >
            {t('logout')} ({me.user?.username ?? me.role})
          </button>
        )}
      </div>
    </header>
  );
}
