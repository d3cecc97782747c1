// The enable/disable button of a row in the admin tables (users, digests, sources).
import { useI18n } from '../i18n/i18n.ts';

/** "Disable" on something enabled, "Enable" on something disabled; `onToggle` gets the new state. */
export function EnableToggle(props: { enabled: boolean; onToggle(enabled: boolean): void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="secondary" onClick={() => props.onToggle(!props.enabled)}>
      {props.enabled ? t('disable') : t('enable')}
    </button>
  );
}
