import type { AttachmentType, PracticeAttachment } from '@pactesur/contracts';
import type { Db } from '../../db/connect.ts';
import type { FileStore, StoredFile } from '../../files/file-store.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An attachment as stored: what the API shows, and the key of its bytes. */
export interface AttachmentRow extends PracticeAttachment {
  readonly key: string;
}

/** Practices' attachments: their rows and their files. Who may read or change them is the service's job. */
export class PracticeAttachmentRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  async list(practiceId: string, db: Tx = this.db): Promise<AttachmentRow[]> {
    const rows = await db.selectFrom('practice_attachments').selectAll().where('practice_id', '=', practiceId).orderBy('uploaded_at').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      key: r.file_key,
      filename: r.filename,
      contentType: r.content_type as AttachmentType,
      bytes: r.bytes,
      uploadedAt: r.uploaded_at.toISOString(),
    }));
  }

  store(bytes: Uint8Array): Promise<StoredFile> {
    return this.files.put(bytes);
  }

  read(key: string): Promise<Uint8Array | null> {
    return this.files.read(key);
  }

  discard(keys: readonly string[]): Promise<void> {
    return this.files.discard(keys);
  }

  async insert(practiceId: string, userId: string, a: { key: string; filename: string; contentType: AttachmentType; bytes: number }, trx: Tx): Promise<string> {
    const r = await trx
      .insertInto('practice_attachments')
      .values({ practice_id: practiceId, file_key: a.key, filename: a.filename, content_type: a.contentType, bytes: a.bytes, uploaded_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** Deletes an attachment's row; the key of its file, which the caller discards once committed. */
  async delete(practiceId: string, id: string, trx: Tx): Promise<string | undefined> {
    const r = await trx.deleteFrom('practice_attachments').where('practice_id', '=', practiceId).where('id', '=', id).returning('file_key').executeTakeFirst();
    return r?.file_key;
  }

  /** The keys of every attachment of a practice (to discard them with it). */
  async keysOf(practiceId: string): Promise<string[]> {
    return (await this.db.selectFrom('practice_attachments').select('file_key').where('practice_id', '=', practiceId).execute()).map((r) => r.file_key);
  }
}
