import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, test } from "vitest";

// Nothing here can run `prisma migrate diff` (it needs the downloaded schema engine), so this
// proves the hand-written migrations and prisma/schema.prisma agree: Prisma's own parser reads
// the schema (through a throwaway generator, the CLI's public way to hand out its DMMF; the
// generated client keeps no nullability, native types or indexes) and the worker's migrated
// database is read from the catalogue.

type Field = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[] };
type Enum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };
type Index = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] };
type Datamodel = { models: Model[]; enums: Enum[]; indexes: Index[] };

const root = process.cwd();
const execFileAsync = promisify(execFile);

const DUMP_GENERATOR = `const fs = require("node:fs");
const reply = (id, result) => process.stderr.write(JSON.stringify({ jsonrpc: "2.0", id, result }) + "\\n");
require("node:readline").createInterface({ input: process.stdin }).on("line", (line) => {
  const message = JSON.parse(line);
  if (message.method === "getManifest") reply(message.id, { manifest: { prettyName: "DMMF dump", requiresGenerators: [] } });
  if (message.method === "generate") {
    fs.writeFileSync(message.params.generator.output.value, JSON.stringify(message.params.dmmf.datamodel));
    reply(message.id, null);
  }
});`;

async function loadDatamodel(): Promise<Datamodel> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-dmmf-"));
  try {
    const schema = await readFile(path.join(root, "prisma", "schema.prisma"), "utf8");
    await writeFile(path.join(dir, "dump.cjs"), DUMP_GENERATOR);
    const generator = `generator schema_drift_dump {\n  provider = "node ${path.join(dir, "dump.cjs")}"\n  output   = "${path.join(dir, "dmmf.json")}"\n}\n`;
    await writeFile(path.join(dir, "schema.prisma"), `${schema}\n${generator}`);
    const cli = createRequire(path.join(root, "package.json")).resolve("prisma/build/index.js");
    await execFileAsync(
      process.execPath,
      [cli, "generate", "--schema", path.join(dir, "schema.prisma"), "--generator", "schema_drift_dump"],
      {
        cwd: root,
        env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      },
    );
    return JSON.parse(await readFile(path.join(dir, "dmmf.json"), "utf8")) as Datamodel;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readCatalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
    const attnames = (rel: string, keys: string) =>
      `ARRAY(SELECT a.attname::text FROM unnest(${keys}::int2[]) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.num ORDER BY k.ord)`;
    return {
      tables: await rows<{ table: string }>(
        `SELECT table_name AS table FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      ),
      columns: await rows<{
        table: string;
        column: string;
        dataType: string;
        udtName: string;
        precision: number | null;
        length: number | null;
        nullable: string;
      }>(
        `SELECT table_name AS table, column_name AS column, data_type AS "dataType", udt_name AS "udtName",
                datetime_precision AS precision, character_maximum_length AS length, is_nullable AS nullable
           FROM information_schema.columns WHERE table_schema = 'public'`,
      ),
      indexes: await rows<{ table: string; primary: boolean; unique: boolean; plain: boolean; columns: string[] }>(
        `SELECT t.relname::text AS table, i.indisprimary AS primary, i.indisunique AS unique, ${attnames("t.oid", "i.indkey")} AS columns,
                (am.amname = 'btree' AND i.indpred IS NULL AND i.indexprs IS NULL AND NOT i.indisexclusion) AS plain
           FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
           JOIN pg_am am ON am.oid = ic.relam JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'`,
      ),
      foreignKeys: await rows<{
        table: string;
        columns: string[];
        referenced: string;
        referencedColumns: string[];
        onDelete: string;
        onUpdate: string;
      }>(
        `SELECT t.relname::text AS table, ${attnames("c.conrelid", "c.conkey")} AS columns, r.relname::text AS referenced,
                ${attnames("c.confrelid", "c.confkey")} AS "referencedColumns", c.confdeltype AS "onDelete", c.confupdtype AS "onUpdate"
           FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
      ),
      enums: await rows<{ name: string; values: string[] }>(
        `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumlabel) AS values
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname`,
      ),
    };
  } finally {
    await client.end();
  }
}

// How Prisma's PostgreSQL connector stores each type, as information_schema reports it.
const DEFAULT_NATIVE: Record<string, [string, string[]]> = {
  String: ["Text", []],
  Int: ["Integer", []],
  BigInt: ["BigInt", []],
  Boolean: ["Boolean", []],
  Float: ["DoublePrecision", []],
  DateTime: ["Timestamp", ["3"]],
  Json: ["JsonB", []],
  Bytes: ["ByteA", []],
};
const NATIVE: Record<string, [dataType: string, udtName: string]> = {
  Text: ["text", "text"],
  VarChar: ["character varying", "varchar"],
  Char: ["character", "bpchar"],
  Uuid: ["uuid", "uuid"],
  Integer: ["integer", "int4"],
  SmallInt: ["smallint", "int2"],
  BigInt: ["bigint", "int8"],
  Boolean: ["boolean", "bool"],
  DoublePrecision: ["double precision", "float8"],
  Real: ["real", "float4"],
  Date: ["date", "date"],
  Timestamp: ["timestamp without time zone", "timestamp"],
  Timestamptz: ["timestamp with time zone", "timestamptz"],
  Time: ["time without time zone", "time"],
  Timetz: ["time with time zone", "timetz"],
  JsonB: ["jsonb", "jsonb"],
  Json: ["json", "json"],
  ByteA: ["bytea", "bytea"],
  Inet: ["inet", "inet"],
};
const TIMED = new Set(["timestamp", "timestamptz", "time", "timetz"]);
const SIZED = new Set(["varchar", "bpchar"]);
const REFERENTIAL_ACTION: Record<string, string> = { Cascade: "c", Restrict: "r", NoAction: "a", SetNull: "n", SetDefault: "d" };

const datamodel = await loadDatamodel();
const catalog = await readCatalog(process.env.DATABASE_URL!);
const tableOf = (model: Model) => model.dbName ?? model.name;
const columnOf = (model: Model, fieldName: string) => model.fields.find((field) => field.name === fieldName)!.dbName ?? fieldName;
const enumDbName = (name: string) => datamodel.enums.find((candidate) => candidate.name === name)!.dbName ?? name;
const sorted = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function expectedColumn(field: Field) {
  let dataType: string;
  let udtName: string;
  let precision: number | null = null;
  let length: number | null = null;
  if (field.kind === "enum") {
    [dataType, udtName] = ["USER-DEFINED", enumDbName(field.type)];
  } else {
    const [native, args] = field.nativeType ?? DEFAULT_NATIVE[field.type] ?? [field.type, []];
    const mapped = NATIVE[native];
    if (!mapped) throw new Error(`schema-drift.test.ts does not know how Prisma stores ${field.type} @db.${native}; add it to NATIVE.`);
    [dataType, udtName] = mapped;
    if (TIMED.has(udtName)) precision = Number(args[0] ?? 6);
    if (SIZED.has(udtName)) length = args[0] === undefined ? null : Number(args[0]);
  }
  if (field.isList) [dataType, udtName, precision, length] = ["ARRAY", `_${udtName}`, null, null];
  // Prisma creates list columns without NOT NULL, although the client treats lists as required.
  const nullable = field.isList || !field.isRequired ? "YES" : "NO";
  return { column: field.dbName ?? field.name, dataType, udtName, precision, length, nullable };
}

describe("prisma/schema.prisma and the migrated database agree", () => {
  test("every model has its table and the database has no table the schema lacks", () => {
    const inDatabase = catalog.tables.map((row) => row.table).filter((table) => table !== "_prisma_migrations");
    expect(inDatabase.sort()).toEqual(datamodel.models.map(tableOf).sort());
  });

  test("every enum has exactly the schema's values", () => {
    const expected = datamodel.enums.map((e) => ({ name: e.dbName ?? e.name, values: e.values.map((v) => v.dbName ?? v.name).sort() }));
    expect(sorted(catalog.enums)).toEqual(sorted(expected));
  });

  describe.each(datamodel.models.map((model) => [`${model.name} (${tableOf(model)})`, model] as const))("%s", (_, model) => {
    const table = tableOf(model);

    test("has exactly the columns of its scalar fields, with their types and nullability", () => {
      const expected = model.fields.filter((field) => field.kind !== "object").map(expectedColumn);
      const actual = catalog.columns
        .filter((column) => column.table === table)
        .map(({ table: _table, ...column }) => ({
          ...column,
          precision: TIMED.has(column.udtName) ? column.precision : null,
          length: SIZED.has(column.udtName) ? column.length : null,
        }));
      expect(sorted(actual)).toEqual(sorted(expected));
    });

    test("has its primary key, unique constraints and indexes, and no undeclared ones", () => {
      const kinds = { id: "primary", unique: "unique", normal: "index", fulltext: "fulltext" } as const;
      const expected = datamodel.indexes
        .filter((index) => index.model === model.name)
        .map((index) => ({ kind: kinds[index.type], columns: index.fields.map((field) => columnOf(model, field.name)) }));
      // Partial, expression and exclusion indexes (the double-booking guards) cannot be written
      // in the schema; they are the migrations' own business.
      const actual = catalog.indexes
        .filter((index) => index.table === table && (index.primary || index.plain))
        .map((index) => ({ kind: index.primary ? "primary" : index.unique ? "unique" : "index", columns: index.columns }));
      expect(sorted(actual)).toEqual(sorted(expected));
    });

    test("has a foreign key for each relation it holds, with the schema's referential actions", () => {
      const expected = model.fields
        .filter((field) => field.kind === "object" && field.relationFromFields?.length)
        .map((field) => {
          const target = datamodel.models.find((candidate) => candidate.name === field.type)!;
          const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
          return {
            table,
            columns: field.relationFromFields!.map((name) => columnOf(model, name)),
            referenced: tableOf(target),
            referencedColumns: field.relationToFields!.map((name) => columnOf(target, name)),
            onDelete: REFERENTIAL_ACTION[onDelete],
            onUpdate: REFERENTIAL_ACTION[field.relationOnUpdate ?? "Cascade"],
          };
        });
      expect(sorted(catalog.foreignKeys.filter((key) => key.table === table))).toEqual(sorted(expected));
    });
  });
});
