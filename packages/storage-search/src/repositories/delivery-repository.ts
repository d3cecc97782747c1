// DeliveryRepository over the engine, safe with several notifiers at once. The open delivery a
// subscription's entries go into (per hold time) is named by a "slot" document, read and moved by
// real-time GET and conditional writes, so two processes never open two deliveries for one slot
// or append to a stale copy: a conflict (409) re-runs the whole step. An entry key is claimed
// first (a document created only if absent), so the same entry added by two processes at once is
// placed by one of them; a claim left by a process that died is taken over once stale, after
// looking for the delivery that process may already have added the entry to. Entries are added
// on the processors' alerting path, so writes do not wait for a refresh: everything here reads by
// id, and list() (an administrator's page) refreshes first.
import { createHash, randomUUID } from 'node:crypto';
import type { AddEntryInput, Delivery, DeliveryRepository } from '@presswatch/domain';
import { NotFoundError, openedDelivery } from '@presswatch/domain';
import { type EngineClient, EngineError } from '../client/engine-client.ts';
import {
  type Clause,
  type CollectionPlacement,
  isConflict,
  openCollection,
  retryOnConflict,
} from '../collection/index.ts';
import { findPage } from './find-page.ts';
import { insertionSeq } from './insertion-seq.ts';

interface DeliveryDoc {
  seq: number;
  subscription_id: string;
  status: Delivery['status'];
  /** Entry-key ids of the entries in it (see entryKeyId). */
  entry_keys: string[];
  delivery: Delivery;
}

/** An entry key's claim: pending (delivery_id null) while its claimant places the entry. */
interface EntryKeyDoc {
  delivery_id: string | null;
  claimant: string;
  claimed_ms: number;
}

interface SlotDoc {
  delivery_id: string;
  claimed_ms: number;
}

/** A slot or key claim not completed is its claimant's for this long (then presumed dead). */
const PENDING_MS = 30_000;
const CURSOR_TAG = 'deliveries';

/** Entry keys can be long (they list item ids): a fixed-length id per (subscription, key). */
export function entryKeyId(subscriptionId: string, entryKey: string): string {
  return createHash('sha256').update(`${subscriptionId}\n${entryKey}`).digest('base64url');
}

const slotId = (input: AddEntryInput) => `${input.subscriptionId}|${input.heldUntil ?? ''}`;

export function createDeliveryRepository(
  client: EngineClient,
  options: CollectionPlacement,
): DeliveryRepository {
  const deliveries = openCollection<DeliveryDoc>(client, {
    name: 'deliveries',
    ...options,
    properties: {
      seq: { type: 'long' },
      subscription_id: { type: 'keyword' },
      status: { type: 'keyword' },
      entry_keys: { type: 'keyword' },
      delivery: { type: 'object', enabled: false },
    },
  });
  // Read by id only.
  const slots = openCollection<SlotDoc>(client, { name: 'delivery-slots', ...options, properties: {} });
  const entries = openCollection<EntryKeyDoc>(client, {
    name: 'delivery-entries',
    ...options,
    properties: {},
  });
  const nextSeq = insertionSeq();
  const docOf = (delivery: Delivery, seq: number, entryKeys: string[]): DeliveryDoc => ({
    seq,
    subscription_id: delivery.subscriptionId,
    status: delivery.status,
    entry_keys: entryKeys,
    delivery,
  });
  const inProgress = () =>
    new EngineError(409, 'version_conflict_engine_exception', 'being placed elsewhere');

  /** 'done': the key was placed before; 'ours': this call may place it (claimed or taken over). */
  const claimKey = async (keyId: string, claimant: string): Promise<'done' | 'ours' | 'taken over'> => {
    const claim = { delivery_id: null, claimant, claimed_ms: Date.now() };
    // A new key is the common case: try to create the claim first, read only when it exists.
    const created = await entries.put(keyId, claim, { create: true, refresh: false }).then(
      () => true,
      (error: unknown) => {
        if (!isConflict(error)) throw error;
        return false;
      },
    );
    if (created) return 'ours';
    const stored = await entries.get(keyId);
    if (!stored) throw inProgress(); // deleted meanwhile (cannot happen today): go round again
    if (stored.doc.delivery_id !== null) return 'done';
    if (stored.doc.claimant === claimant) return 'ours';
    if (Date.now() - stored.doc.claimed_ms < PENDING_MS) throw inProgress();
    await entries.put(keyId, claim, { ifVersion: stored.version, refresh: false });
    return 'taken over';
  };

  /** The delivery an earlier attempt added this entry to, if it died before recording the key. */
  const holderOf = async (subscriptionId: string, keyId: string) => {
    const where: Clause[] = [{ term: { subscription_id: subscriptionId } }, { term: { entry_keys: keyId } }];
    await deliveries.refresh();
    return (await deliveries.find({ filter: { where }, size: 1 }))[0]?.doc.delivery ?? null;
  };

  /** Appends to the slot's open delivery, or opens the input's new one and points the slot at it. */
  const place = async (input: AddEntryInput, keyId: string) => {
    const slot = await slots.get(slotId(input));
    const current = slot ? await deliveries.get(slot.doc.delivery_id) : null;
    if (current?.doc.entry_keys.includes(keyId)) return { delivery: current.doc.delivery, created: false };
    const { doc } = current ?? {};
    if (current && doc && doc.status === 'open' && doc.entry_keys.length < input.maxEntries) {
      const delivery = { ...doc.delivery, entries: [...doc.delivery.entries, input.entry] };
      await deliveries.put(delivery.id, docOf(delivery, doc.seq, [...doc.entry_keys, keyId]), {
        ifVersion: current.version,
        refresh: false,
      });
      return { delivery, created: false };
    }
    const ours = slot?.doc.delivery_id === input.newDeliveryId;
    if (slot && !current && !ours && Date.now() - slot.doc.claimed_ms < PENDING_MS) {
      throw inProgress();
    }
    if (!ours) {
      const claim = { delivery_id: input.newDeliveryId, claimed_ms: Date.now() };
      const write = slot ? { ifVersion: slot.version } : { create: true };
      await slots.put(slotId(input), claim, { ...write, refresh: false });
    }
    const delivery = openedDelivery(input);
    await deliveries.put(delivery.id, docOf(delivery, nextSeq(), [keyId]), { create: true, refresh: false });
    return { delivery, created: true };
  };

  /** Read-modify-write of one delivery; `change` returns null to leave it as it is. */
  const update = (id: string, change: (delivery: Delivery) => Delivery | null) =>
    retryOnConflict(async () => {
      const stored = await deliveries.get(id);
      if (!stored) return null;
      const next = change(stored.doc.delivery);
      if (next === null) return { delivery: null };
      await deliveries.put(id, docOf(next, stored.doc.seq, stored.doc.entry_keys), {
        ifVersion: stored.version,
      });
      return { delivery: next };
    });

  return {
    addEntry(input) {
      const keyId = entryKeyId(input.subscriptionId, input.entryKey);
      const claimant = randomUUID();
      return retryOnConflict(async () => {
        const claim = await claimKey(keyId, claimant);
        if (claim === 'done') return { delivery: null, created: false };
        // A dead claimant may have added the entry already.
        const placed = claim === 'taken over' ? await holderOf(input.subscriptionId, keyId) : null;
        const result = placed ? { delivery: placed, created: false } : await place(input, keyId);
        const done = { delivery_id: result.delivery.id, claimant, claimed_ms: Date.now() };
        await entries.put(keyId, done, { refresh: false });
        return result;
      });
    },
    async insert(delivery) {
      await deliveries.modify(
        delivery.id,
        (current) => docOf(delivery, current?.seq ?? nextSeq(), current?.entry_keys ?? []),
        { refresh: false },
      );
    },
    async get(id) {
      return (await deliveries.get(id))?.doc.delivery ?? null;
    },
    async seal(id, body, now) {
      const sealed = await update(id, (delivery) =>
        delivery.status === 'open' ? { ...delivery, status: 'sending', sealedAt: now, ...body } : null,
      );
      return sealed?.delivery ?? null;
    },
    async recordAttempt(id, attempt, next) {
      const updated = await update(id, (delivery) => ({
        ...delivery,
        attempts: [...delivery.attempts, attempt],
        status: next.status,
        nextAttemptAt: next.nextAttemptAt,
        deliveredAt: next.status === 'delivered' ? attempt.at : delivery.deliveredAt,
      }));
      if (!updated?.delivery) throw new NotFoundError(`No delivery ${id}`);
      return updated.delivery;
    },
    async list(query) {
      const where: Clause[] = [];
      if (query.subscriptionId !== undefined) where.push({ term: { subscription_id: query.subscriptionId } });
      if (query.status !== undefined) where.push({ term: { status: query.status } });
      await deliveries.refresh();
      const { hits, nextCursor } = await findPage(deliveries, {
        tag: CURSOR_TAG,
        filter: { where },
        sort: [{ seq: 'desc' }],
        limit: query.limit,
        cursor: query.cursor,
      });
      return { deliveries: hits.map((hit) => hit.doc.delivery), nextCursor };
    },
  };
}
