// Response hardening (@fastify/helmet) and rate limits (@fastify/rate-limit).
// CSP: everything from our own origin, no inline scripts, no framing; the web UI and the docs
// page load only local files. HSTS and upgrade-insecure-requests only when we are served over
// https (on plain http they would break a LAN install). Rate limits count per caller: the token
// or user when authenticated, else the IP address; 429 answers are problem+json with Retry-After.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { actorOf } from '../accounts/principal.ts';

export interface SecurityOptions {
  https: boolean;
  /** Requests per minute per caller (default for every route; routes may set config.rateLimit). */
  requestsPerMinute: number;
}

export function cspDirectives(https: boolean, styleSrc: string[] = ["'self'"]) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc,
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    ...(https ? { upgradeInsecureRequests: [] } : {}),
  };
}

export function callerKey(request: FastifyRequest): string {
  return request.principal ? actorOf(request.principal) : `ip:${request.ip}`;
}

export default fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(options.https) },
      strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
    });
    await app.register(rateLimit, {
      global: true,
      max: options.requestsPerMinute,
      timeWindow: 60_000,
      keyGenerator: callerKey,
    });
  },
  { name: 'security', dependencies: ['auth'] },
);
