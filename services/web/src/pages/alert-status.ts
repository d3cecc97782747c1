import type { AlertStatus } from '../api/types.ts';
import type { MessageKey } from '../i18n/i18n.ts';

export const STATUS_LABELS: Record<AlertStatus, MessageKey> = {
  new: 'statusNew',
  acknowledged: 'statusAcknowledged',
  assigned: 'statusAssigned',
  resolved: 'statusResolved',
};
