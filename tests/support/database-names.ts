export const TEMPLATE_DATABASE = "glowbook_test_template";
export const WORKER_DATABASE_PREFIX = "glowbook_test_w";

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
