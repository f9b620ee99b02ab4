import { describe, expect, test } from "vitest";
import { s3SettingsFromEnv } from "./config";

describe("s3SettingsFromEnv", () => {
  test("no S3_URL: photos stay in PostgreSQL", () => {
    expect(s3SettingsFromEnv({})).toBeNull();
    expect(s3SettingsFromEnv({ S3_URL: "  ", S3_BUCKET: "photos" })).toBeNull();
  });

  test("a full configuration", () => {
    expect(
      s3SettingsFromEnv({
        S3_URL: "https://s3.eu-west-1.amazonaws.com",
        S3_BUCKET: "spa-photos",
        S3_REGION: "eu-west-1",
        S3_ACCESS_KEY_ID: "AK",
        S3_SECRET_ACCESS_KEY: "SK",
        S3_FORCE_PATH_STYLE: "false",
      }),
    ).toEqual({
      endpoint: "https://s3.eu-west-1.amazonaws.com",
      bucket: "spa-photos",
      region: "eu-west-1",
      forcePathStyle: false,
      credentials: { accessKeyId: "AK", secretAccessKey: "SK" },
    });
  });

  test("defaults: us-east-1, path-style, the SDK's own credentials", () => {
    expect(s3SettingsFromEnv({ S3_URL: "http://127.0.0.1:9000", S3_BUCKET: "photos" })).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "photos",
      region: "us-east-1",
      forcePathStyle: true,
    });
  });

  test.each([
    { name: "a bucket", env: { S3_URL: "http://127.0.0.1:9000" }, message: /S3_BUCKET/ },
    { name: "half the credentials", env: { S3_URL: "http://x", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "AK" }, message: /both/ },
  ])("a partial configuration is an error, never a silent fallback: $name", ({ env, message }) => {
    expect(() => s3SettingsFromEnv(env)).toThrow(message);
  });
});
