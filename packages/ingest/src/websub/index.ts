// WebSub (W3C) subscriber side: hub discovery, the subscription request, verification of intent
// and signed content distribution.
export { discoverHub, type HubLink, linksFromHeader } from './discover-hub.ts';
export {
  HUB_SIGNATURE_METHODS,
  type HubSignatureMethod,
  type SignatureCheck,
  signHubBody,
  verifyHubSignature,
} from './signature.ts';
export { newHubSecret, type SubscriptionRequest, subscriptionForm } from './subscription-request.ts';
export { decideVerification, type PendingIntent, type VerificationDecision } from './verification.ts';
