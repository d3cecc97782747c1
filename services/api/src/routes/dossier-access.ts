// Who may change a dossier (its owner, or an admin), and reading one or failing with 404/403.
import type { Dossier, DossierRepository } from '@presswatch/domain';
import type { FastifyRequest } from 'fastify';
import { ownerKeyOf } from '../accounts/principal.ts';
import { atLeast } from '../accounts/roles.ts';
import { HttpError, notFound } from '../http-error.ts';

/** Every viewer reads dossiers; analysts and up write them (their own; admins any). */
export const READ = { roles: atLeast('viewer') };
export const WRITE = { roles: atLeast('analyst') };
export const tags = ['dossiers'];

export async function findDossier(dossiers: DossierRepository, id: string): Promise<Dossier> {
  const dossier = await dossiers.get(id);
  if (!dossier) throw notFound(`No dossier ${id}`);
  return dossier;
}

/** The dossier, when the caller may change it: 404 when there is none, 403 when it is someone else's. */
export async function findOwnDossier(
  dossiers: DossierRepository,
  request: FastifyRequest,
  id: string,
): Promise<Dossier> {
  const dossier = await findDossier(dossiers, id);
  const principal = request.principal!;
  if (principal.role !== 'admin' && dossier.ownerId !== ownerKeyOf(principal)) {
    throw new HttpError(403, 'Only the owner of a dossier or an admin may change it');
  }
  return dossier;
}
