import type { DbClient } from "@/lib/db/client";

export type PhotoStorageKind = "POSTGRES" | "S3";

export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  byteSize: number;
  contentType: string;
}

/**
 * Where photo bytes live (docs/decisions/0018). `client` is the caller's database client or
 * transaction: the PostgreSQL store writes with it (so a photo and its bytes commit together);
 * an object store ignores it, and the caller removes what it put when its transaction fails.
 */
export interface PhotoStore {
  readonly kind: PhotoStorageKind;
  put(client: DbClient, object: { key: string; body: Buffer; contentType: string }): Promise<void>;
  open(client: DbClient, key: string): Promise<StoredObject | null>;
  remove(client: DbClient, keys: readonly string[]): Promise<void>;
  /**
   * A short-lived URL the browser may fetch directly, or null when the app streams the bytes
   * itself. Only ever handed out after the request was authorised and audited.
   */
  presignedUrl(key: string, options: { expiresInSeconds: number; downloadName?: string }): Promise<string | null>;
}
