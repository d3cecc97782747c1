// Roles are ordered: each one can do what the ones below it can (viewer < analyst < press_officer
// < admin). Routes declare who may call them with these helpers (see plugins/auth.ts).
import { ROLES, type Role } from '@presswatch/domain';

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, press_officer: 2, admin: 3 };

export const roleRank = (role: Role): number => RANK[role];

/** `role` and every role above it. */
export function atLeast(role: Role): readonly Role[] {
  return ROLES.filter((r) => RANK[r] >= RANK[role]);
}

/** The lower of two roles (a token never acts above its owner). */
export function lowerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

export const ANY_ROLE: readonly Role[] = atLeast('viewer');
