// The accounts group on the engine: users, sessions, API tokens and their owners, dossiers and
// the argument library. Each collection's index (`<prefix>-<name>`) is created on first use.
import type {
  ArgumentCardRepository,
  DossierRepository,
  SessionRepository,
  TokenOwnerRepository,
  TokenRepository,
  UserRepository,
} from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type CollectionPlacement, openCollection } from '../collection/index.ts';
import { CARD_PROPERTIES, type CardDoc, createArgumentCardRepository } from './accounts/argument-cards.ts';
import { createDossierRepository, DOSSIER_PROPERTIES, type DossierDoc } from './accounts/dossiers.ts';
import { createSessionRepository, SESSION_PROPERTIES, type SessionDoc } from './accounts/sessions.ts';
import {
  createTokenOwnerRepository,
  TOKEN_OWNER_PROPERTIES,
  type TokenOwnerDoc,
} from './accounts/token-owners.ts';
import { createTokenRepository, TOKEN_PROPERTIES, type TokenDoc, tokenExists } from './accounts/tokens.ts';
import { KEY_PROPERTIES, type KeyDoc } from './accounts/unique-keys.ts';
import { createUserRepository, USER_PROPERTIES, type UserDoc } from './accounts/users.ts';

export interface AccountsGroup {
  users: UserRepository;
  sessions: SessionRepository;
  tokens: TokenRepository;
  tokenOwners: TokenOwnerRepository;
  dossiers: DossierRepository;
  argumentCards: ArgumentCardRepository;
}

/** The group's collection names (each index is `<prefix>-<name>`). */
export const ACCOUNTS_COLLECTIONS = [
  'users',
  'user-names',
  'sessions',
  'api-tokens',
  'api-token-ids',
  'api-token-owners',
  'dossiers',
  'argument-cards',
] as const;

type AccountsCollection = (typeof ACCOUNTS_COLLECTIONS)[number];

export function createAccountsGroup(options: CollectionPlacement & { client: EngineClient }): AccountsGroup {
  const { client, prefix, replicas } = options;
  const open = <T extends object>(name: AccountsCollection, properties: Record<string, unknown>) =>
    openCollection<T>(client, { name, prefix, replicas, properties });
  const users = open<UserDoc>('users', USER_PROPERTIES);
  const userNames = open<KeyDoc>('user-names', KEY_PROPERTIES);
  const tokens = open<TokenDoc>('api-tokens', TOKEN_PROPERTIES);
  const tokenIds = open<KeyDoc>('api-token-ids', KEY_PROPERTIES);
  const sessions = open<SessionDoc>('sessions', SESSION_PROPERTIES);
  const dossiers = open<DossierDoc>('dossiers', DOSSIER_PROPERTIES);
  const userExists = async (id: string) => (await users.get(id)) !== null;

  return {
    users: createUserRepository(users, userNames),
    sessions: createSessionRepository(sessions, users, () => client.refresh(sessions.index)),
    tokens: createTokenRepository(tokens, tokenIds),
    tokenOwners: createTokenOwnerRepository(open<TokenOwnerDoc>('api-token-owners', TOKEN_OWNER_PROPERTIES), {
      tokenExists: tokenExists(tokens, tokenIds),
      userExists,
    }),
    dossiers: createDossierRepository(dossiers, () => client.refresh(dossiers.index)),
    argumentCards: createArgumentCardRepository(open<CardDoc>('argument-cards', CARD_PROPERTIES)),
  };
}
