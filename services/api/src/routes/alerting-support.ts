// What the alerting routes (rules, alerts, webhooks, digests) share: their options, who is
// acting, the roles per kind of action, the audit call, and mapping alerting errors to problems.

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlertTransitionError, DeliveryStateError, RuleValidationError } from '@presswatch/alerts';
import type {
  AlertRepository,
  CompileMatcher,
  DeliveryRepository,
  DigestRepository,
  ItemStore,
  QueueBackend,
  Role,
  RuleRepository,
  SearchIndex,
  UserRepository,
  WebhookRepository,
} from '@presswatch/domain';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { actorOf as principalActor } from '../accounts/principal.ts';
import { ANY_ROLE, atLeast } from '../accounts/roles.ts';
import { sendProblem } from '../plugins/problem-details.ts';

/** The app with TypeBox schemas typing requests, as route helpers receive it. */
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AlertingRouteOptions {
  stores: {
    items: ItemStore;
    search: SearchIndex;
    rules: RuleRepository;
    alerts: AlertRepository;
    webhooks: WebhookRepository;
    deliveries: DeliveryRepository;
    digests: DigestRepository;
    /** Assignees and digest subscribers are checked against it. */
    users?: UserRepository;
  };
  /** Manual redeliveries and test messages are enqueued for the notifier; null: those routes answer 503. */
  queues: QueueBackend | null;
  /** The in-memory matcher the rule preview checks the index against (default @presswatch/query's). */
  compileMatcher?: CompileMatcher;
  /** Base of links to the UI (http.publicUrl); empty: links relative to this server. */
  publicUrl: string;
}

/** Who may do what (README "API surface"); roles are ordered viewer < analyst < press_officer < admin. */
export const ROLES_READ = ANY_ROLE;
export const ROLES_RULES = atLeast('analyst');
export const ROLES_TRIAGE = atLeast('analyst');
export const ROLES_WEBHOOKS: readonly Role[] = ['admin'];

/** "user:<id>" or "token:<id>", as the audit log writes actors (alert notes use it too). */
export function actorOf(request: FastifyRequest): string {
  return principalActor(request.principal);
}

/** The person acting: the session's user or the token's owner; null for an ownerless token. */
export function userIdOf(request: FastifyRequest): string | null {
  return request.principal?.userId ?? null;
}

export function isAdmin(request: FastifyRequest): boolean {
  return request.principal?.role === 'admin';
}

/** Records a change in the audit log (who, what, when). */
export async function audit(
  app: FastifyInstance,
  request: FastifyRequest,
  action: string,
  target: string | null,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  await app.audit(request, action, target, details);
}

/** Alerting's domain errors as problem+json; anything else goes to the global handler. */
export async function withAlertingErrors<T>(
  reply: FastifyReply,
  work: () => Promise<T>,
): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RuleValidationError) {
      return sendProblem(reply, 400, {
        detail: error.message,
        errors: [{ path: error.path, message: error.message }],
      });
    }
    if (error instanceof AlertTransitionError || error instanceof DeliveryStateError) {
      return sendProblem(reply, 409, { detail: error.message });
    }
    throw error;
  }
}
