import type { ApiKey, IssueApiKey, IssuedApiKey } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import { newToken, tokenHash } from '../../services/tokens.ts';
import type { ApiKeyRepository } from './api-key-repository.ts';

/** What every Open311 key starts with, so a key pasted in the wrong place is recognised. */
const KEY_PREFIX = 'o311_';

/**
 * The Open311 keys of an organisation, issued and revoked by its admins. A key is shown once, when
 * issued; only its SHA-256 is kept (as session tokens are), with a short prefix to tell keys apart.
 */
export class ApiKeyService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor): Promise<ApiKey[]> {
    return this.keys.list(requireRole(actor, 'admin').orgId);
  }

  async issue(actor: Actor, input: IssueApiKey): Promise<IssuedApiKey> {
    const admin = requireRole(actor, 'admin');
    const key = `${KEY_PREFIX}${newToken()}`;
    return this.access.inTransaction(async (trx) => {
      const issued = await this.keys.insert(admin.orgId, admin.userId, input.name, key.slice(0, KEY_PREFIX.length + 6), tokenHash(key), trx);
      await this.access.audit(actor, 'create', { kind: 'citizen-api-key', recordId: issued.id, ownerOrgId: admin.orgId, detail: input.name }, trx);
      return { ...issued, key };
    });
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const admin = requireRole(actor, 'admin');
    await this.access.inTransaction(async (trx) => {
      if (!(await this.keys.revoke(admin.orgId, id, trx))) throw new AppError('not_found', 'No such key in force.');
      await this.access.audit(actor, 'update', { kind: 'citizen-api-key', recordId: id, ownerOrgId: admin.orgId, detail: 'revoked' }, trx);
    });
  }

  /** The key in force that `key` is (marked used), or null for an unknown or revoked key. */
  async verify(key: string): Promise<{ id: string; orgId: string } | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
    return (await this.keys.use(tokenHash(key))) ?? null;
  }
}
