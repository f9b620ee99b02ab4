import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/**
 * A real S3-compatible server (s3rver, in this process) for the object-store tests, on a port of
 * the photo tests' own range, with its files in a temporary folder. Not a mock of the client: the
 * AWS SDK talks HTTP to it, signatures are checked.
 */
export async function startS3Server(port: number, bucket: string) {
  const directory = await mkdtemp(path.join(os.tmpdir(), "glowbook-s3rver-"));
  const server = new S3rver({ port, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  await server.run();
  return {
    url: `http://127.0.0.1:${port}`,
    env: {
      S3_URL: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
