import type { S3Settings } from "./s3-store";

/**
 * The S3-compatible store's settings from the environment, or null when S3_URL is unset (photos
 * then live in PostgreSQL). A partial configuration is an error at first use, never a silent
 * fallback to the database.
 */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings | null {
  const endpoint = env.S3_URL?.trim();
  if (!endpoint) return null;
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) throw new Error("S3_URL is set but S3_BUCKET is not: name the bucket that holds the photos.");
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!!accessKeyId !== !!secretAccessKey) throw new Error("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.");
  return {
    endpoint,
    bucket,
    region: env.S3_REGION?.trim() || "us-east-1",
    forcePathStyle: env.S3_FORCE_PATH_STYLE?.trim().toLowerCase() !== "false",
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
}
