// The shell: language, session, navigation and the page for the current path.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Me } from './api/types.ts';
import { ErrorNote, Loading } from './components/error-note.tsx';
import { I18nContext, type Lang, persistLang, storedLang, translator } from './i18n/i18n.ts';
import { onLinkClick, useLocation } from './lib/router.ts';
import { fetchMe, SessionContext } from './lib/session.ts';
import { Nav } from './nav.tsx';
import { LoginPage } from './pages/login.tsx';
import { pageFor } from './routes.tsx';

export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const [me, setMe] = useState<Me | null>(null);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { path, query } = useLocation();

  const i18n = useMemo(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next: Lang) => {
        persistLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );

  // After a client-side navigation, move focus to the new page (screen readers announce it).
  const firstPath = useRef(path);
  useEffect(() => {
    if (path !== firstPath.current) document.getElementById('main')?.focus({ preventScroll: false });
  }, [path]);

  useEffect(() => {
    persistLang(lang);
    fetchMe().then(
      (found) => {
        setMe(found);
        setChecked(true);
      },
      (e: unknown) => {
        setError(e);
        setChecked(true);
      },
    );
  }, []);

  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={{ me, setMe }}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks of the links inside */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: links keep their own keyboard behaviour */}
        <div class="shell" onClick={onLinkClick}>
          <a class="skip" href="#main">
            {i18n.t('skipToContent')}
          </a>
          <Nav path={path} />
          <main id="main" tabIndex={-1}>
            <ErrorNote error={error} />
            {!checked ? <Loading /> : me ? pageFor(path, query) : <LoginPage />}
          </main>
        </div>
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}
