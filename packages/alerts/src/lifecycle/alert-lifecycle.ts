// The alert lifecycle: new → acknowledged → assigned → resolved, with notes. Pure functions over
// an Alert, run inside AlertRepository.mutate so concurrent changes never overwrite each other.
//
//   new ──► acknowledged ──► assigned ──► resolved
//    │            └──────────────────────────▲  (resolve from any open state; reopen → acknowledged)
//    └─ assign ──► assigned
import type { Alert, AlertStatus } from '@presswatch/domain';

export class AlertTransitionError extends Error {
  override readonly name = 'AlertTransitionError';
}

const NEXT: Record<AlertStatus, readonly AlertStatus[]> = {
  new: ['acknowledged', 'resolved'],
  acknowledged: ['resolved'],
  assigned: ['acknowledged', 'resolved'],
  resolved: ['acknowledged'],
};

export interface Change {
  /** "user:<id>", "token:<id>" or "system". */
  actor: string;
  at: string;
  note?: string | null;
}

/** Moves an alert to `status` (use assign() for "assigned"). Throws AlertTransitionError. */
export function transition(alert: Alert, status: AlertStatus, change: Change): Alert {
  if (status === 'assigned') throw new AlertTransitionError('assign the alert to someone to set "assigned"');
  if (!NEXT[alert.status].includes(status)) {
    throw new AlertTransitionError(`an alert that is ${alert.status} cannot become ${status}`);
  }
  const moved: Alert = {
    ...alert,
    status,
    // Reopening or unassigning drops the assignee; resolving keeps who resolved it.
    assigneeId: status === 'resolved' ? alert.assigneeId : null,
    resolvedAt: status === 'resolved' ? change.at : null,
    updatedAt: change.at,
  };
  return withNote(moved, change);
}

/** Assigns an open alert to a user (acknowledging it on the way). */
export function assign(alert: Alert, assigneeId: string, change: Change): Alert {
  if (alert.status === 'resolved') throw new AlertTransitionError('a resolved alert cannot be assigned');
  return withNote({ ...alert, status: 'assigned', assigneeId, updatedAt: change.at }, change);
}

export function addNote(alert: Alert, change: Change & { note: string }): Alert {
  return withNote({ ...alert, updatedAt: change.at }, change);
}

function withNote(alert: Alert, change: Change): Alert {
  const text = change.note?.trim();
  if (!text) return alert;
  return { ...alert, notes: [...alert.notes, { at: change.at, author: change.actor, text }] };
}

/** Bulk acknowledge skips what is past "new" instead of failing the batch. */
export function acknowledgeIfNew(alert: Alert, change: Change): Alert {
  return alert.status === 'new' ? transition(alert, 'acknowledged', change) : alert;
}
