import { randomUUID } from "node:crypto";
import { text } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { applyImport, createImport, saveImportMapping } from "@/lib/transfer/commands";
import { detectFormat, previewRows } from "@/lib/transfer/decode";
import { CLIENT_FIELDS, guessMapping } from "@/lib/transfer/fields";
import { dryRunImport, getImport, rejectsCsv } from "@/lib/transfer/queries";
import { claimImport, runClaimedImport, runPendingImports } from "@/lib/transfer/runner";
import { countInvitable, inviteImportedClients } from "@/lib/transfer/invitations";
import { createLocation } from "../factories/spa";
import { createUser } from "../factories/users";
import { createActor, rejection } from "../support/admin";
import { csvFile, fixture, importAndRun, rowOutcomes } from "../support/imports";

const tag = () => randomUUID().slice(0, 8);
/** A valid US number unique to the test run: (212) 555-01xx style numbers repeat across files. */
const phone = () => `(646) ${String(200 + Math.floor(Math.random() * 700))}-${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;

beforeAll(async () => {
  if (!(await db.location.count())) await createLocation();
});

function headersOf(name: string) {
  const content = fixture(name);
  const format = detectFormat(content);
  return { format, ...previewRows(content, format, 3) };
}

describe("reading other systems' files", () => {
  test.each([
    [
      "fresha-clients.csv",
      "utf-8",
      ",",
      { firstName: 0, lastName: 1, email: 2, phone: 3, birthDate: 4, notes: 6, marketingConsent: 7, createdDate: 8 },
    ],
    [
      "vagaro-clients.csv",
      "windows-1252",
      ";",
      { firstName: 1, lastName: 2, email: 3, phone: 4, birthDate: 6, createdDate: 7, marketingConsent: 8 },
    ],
    [
      "square-clients.csv",
      "utf-8",
      ",",
      { firstName: 1, lastName: 2, email: 4, phone: 5, birthDate: 6, notes: 7, marketingConsent: 8, createdDate: 9 },
    ],
    [
      "boulevard-clients.csv",
      "utf-8",
      ",",
      { fullName: 0, email: 1, phone: 2, birthDate: 3, notes: 4, marketingConsent: 5, createdDate: 6 },
    ],
    [
      "mindbody-clients.tsv",
      "utf-8",
      "\t",
      { lastName: 1, firstName: 2, email: 3, phone: 4, birthDate: 6, createdDate: 7, marketingConsent: 8, notes: 9 },
    ],
  ])("%s: encoding, delimiter and the guessed mapping", (name, encoding, delimiter, expected) => {
    const { format, headers, rows } = headersOf(name);
    expect(format).toEqual({ encoding, delimiter });
    expect(guessMapping(headers, CLIENT_FIELDS)).toEqual(expected);
    expect(rows[0]!.length).toBe(headers.length);
  });

  test("Windows-1252 and a UTF-8 byte-order mark are read as the text they are", () => {
    const vagaro = headersOf("vagaro-clients.csv");
    expect(vagaro.rows[0]!.slice(1, 3)).toEqual(["José", "Muñoz"]);
    const square = headersOf("square-clients.csv");
    expect(square.headers[0]).toBe("Reference ID");
  });
});

describe("client import", () => {
  test("the dry run gives each row its outcome and reason; applying does exactly that", async () => {
    const admin = await createActor("ADMIN");
    const t = tag();
    const existingPhone = phone();
    const byEmail = (await createUser({ role: "CLIENT", email: `known.${t}@example.test`, name: "Known Client" })).user;
    const byPhone = (await createUser({ role: "CLIENT", email: `other.${t}@example.test`, name: "Phone Client", phone: existingPhone }))
      .user;
    const sharedPhone = phone();
    const content = csvFile([
      ["First Name", "Last Name", "Email", "Mobile", "Birthday", "Notes", "Accepts Marketing", "Created"],
      ["Ada", "New", `ada.${t}@example.test`, sharedPhone, "1990-05-01", "Prefers mornings", "yes", "2020-01-02"],
      ["Known", "Client", `KNOWN.${t}@example.test`, "", "", "", "", ""],
      ["Phone", "Match", "", existingPhone.replace(/\D/g, ""), "", "", "", ""],
      ["", "", `noname.${t}@example.test`, "", "", "", "", ""],
      ["Bad", "Email", `bad.${t}@example`, "", "", "", "", ""],
      ["Bad", "Phone", `badphone.${t}@example.test`, "12", "", "", "", ""],
      ["Bad", "Birthday", `badbirth.${t}@example.test`, "", "31/02/1990", "", "", ""],
      ["Ada", "Again", `ADA.${t}@example.test`, "", "", "", "", ""],
      ["Same", "Phone", `samephone.${t}@example.test`, `+1${sharedPhone.replace(/\D/g, "")}`, "", "", "", ""],
    ]);
    const { id, existing } = await createImport(admin, { kind: "CLIENTS", fileName: "clients.csv", content });
    expect(existing).toBe(false);
    const setup = await getImport(admin, id);
    expect(setup.totalRows).toBe(9);
    expect(setup.mapping.columns).toMatchObject({ firstName: 0, lastName: 1, email: 2, phone: 3, birthDate: 4 });

    const dry = await dryRunImport(admin, id);
    expect(dry.counts).toMatchObject({ CREATED: 2, MATCHED: 2, REJECTED: 5 });
    expect(dry.rows.map((row) => [row.rowNumber, row.outcome, row.description])).toEqual([
      [1, "CREATED", "New client"],
      [2, "MATCHED", "Matches an existing client (same email)"],
      [3, "MATCHED", "Matches an existing client (same phone)"],
      [4, "REJECTED", expect.stringContaining("No name")],
      [5, "REJECTED", "The email address is not valid."],
      [6, "CREATED", "New client (the phone number is not valid: kept as written)"],
      [7, "REJECTED", "The date of birth is not a date."],
      [8, "REJECTED", "Duplicate inside the file: row 1 has the same email."],
      [9, "REJECTED", "Duplicate inside the file: row 1 has the same phone."],
    ]);
    expect(await db.user.count({ where: { email: `ada.${t}@example.test` } })).toBe(0); // a dry run writes nothing

    const before = parse(await text((await rejectsCsv(admin, id)).stream), { bom: true }) as string[][];
    expect(before[0]!.slice(-2)).toEqual(["Row", "Reason"]);
    expect(before.slice(1).map((row) => row.at(-2))).toEqual(["4", "5", "7", "8", "9"]);

    await applyImport(admin, { importId: id });
    await runPendingImports(db);
    const done = await getImport(admin, id);
    expect(done).toMatchObject({ state: "DONE", rowsDone: 9, createdCount: 2, matchedCount: 2, rejectedCount: 5 });
    const outcomes = await rowOutcomes(id);
    expect(outcomes.map((row) => row.outcome)).toEqual(dry.rows.map((row) => row.outcome));
    expect(outcomes[1]!.entityId).toBe(byEmail.id);
    expect(outcomes[2]!.entityId).toBe(byPhone.id);

    const ada = await db.user.findUniqueOrThrow({ where: { email: `ada.${t}@example.test` } });
    expect(ada).toMatchObject({
      name: "Ada New",
      role: "CLIENT",
      passwordHash: null,
      phone: `+1${sharedPhone.replace(/\D/g, "")}`,
      importedNotes: "Prefers mornings",
    });
    expect(ada.birthDate?.toISOString().slice(0, 10)).toBe("1990-05-01");
    expect(ada.marketingConsentAt).not.toBeNull();
    expect(ada.createdAt.toISOString()).toBe("2020-01-02T05:00:00.000Z"); // midnight in New York
    expect((await db.user.findUniqueOrThrow({ where: { email: `badphone.${t}@example.test` } })).phone).toBe("12");
    // A matched client keeps what they had and gains what was blank.
    expect((await db.user.findUniqueOrThrow({ where: { id: byPhone.id } })).name).toBe("Phone Client");

    const after = parse(await text((await rejectsCsv(admin, id)).stream), { bom: true }) as string[][];
    expect(after).toEqual(before);
    expect(await db.auditEvent.count({ where: { entityId: ada.id, action: "client.create" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ["import.upload", "import.apply", "import.finish"] } } })).toBe(
      3,
    );
  });

  test("the same file again is the same import; a later file applies only its new rows", async () => {
    const admin = await createActor("ADMIN");
    const t = tag();
    const header = ["Name", "Email", "Phone"];
    const first = [header, ["Nadia One", `one.${t}@example.test`, ""], ["Nobody Email", "", ""]];
    const done = await importAndRun(admin, "CLIENTS", csvFile(first));
    expect(done).toMatchObject({ state: "DONE", createdCount: 2 });

    const again = await createImport(admin, { kind: "CLIENTS", fileName: "again.csv", content: csvFile(first) });
    expect(again).toEqual({ id: done.id, existing: true });

    const later = await importAndRun(admin, "CLIENTS", csvFile([...first, ["Omar Two", `two.${t}@example.test`, ""]]));
    expect(later).toMatchObject({ state: "DONE", createdCount: 1, skippedCount: 2, matchedCount: 0 });
    expect(await db.user.count({ where: { name: "Nobody Email", email: null, createdAt: { gte: done.createdAt } } })).toBe(1);
  });

  test("a worker killed mid-import is resumed by the next from its last commit, nothing twice", async () => {
    const admin = await createActor("ADMIN");
    const t = tag();
    const rows = Array.from({ length: 25 }, (_, i) => [`Client ${i} ${t}`, `c${i}.${t}@example.test`]);
    const { id } = await createImport(admin, { kind: "CLIENTS", fileName: "big.csv", content: csvFile([["Name", "Email"], ...rows]) });
    await applyImport(admin, { importId: id });
    const start = new Date();
    const claim = await claimImport(db, start, 1_000);
    expect(claim).toMatchObject({ id });
    const killed = runClaimedImport(db, claim!, {
      chunkSize: 10,
      leaseMs: 1_000,
      clock: () => start,
      afterChunk: (rowsDone) => {
        if (rowsDone >= 10) throw new Error("worker killed");
      },
    });
    await expect(killed).rejects.toThrow("worker killed");
    expect(await getImport(admin, id)).toMatchObject({ state: "RUNNING", rowsDone: 10 });
    // Nobody else may take it while the lease holds; once it lapses the next worker does.
    expect(await claimImport(db, new Date(start.getTime() + 500))).toBeNull();
    await runPendingImports(db, { chunkSize: 10, leaseMs: 1_000, clock: () => new Date(start.getTime() + 2_000) });
    expect(await getImport(admin, id)).toMatchObject({ state: "DONE", rowsDone: 25, createdCount: 25 });
    expect(await db.user.count({ where: { email: { endsWith: `.${t}@example.test` } } })).toBe(25);
    expect((await rowOutcomes(id)).map((row) => row.rowNumber)).toEqual(rows.map((_, i) => i + 1));
  });

  test("invitations: one single-use link per imported client with an email, through the outbox, spaced out", async () => {
    const admin = await createActor("ADMIN");
    const t = tag();
    const rows = Array.from({ length: 5 }, (_, i) => [`Invitee ${i} ${t}`, i === 4 ? "" : `inv${i}.${t}@example.test`]);
    const done = await importAndRun(admin, "CLIENTS", csvFile([["Name", "Email"], ...rows]));
    expect(await countInvitable(admin, done.id)).toBe(4);
    const now = new Date();
    const result = await inviteImportedClients(admin, { importId: done.id }, now);
    expect(result).toEqual({ queued: 4, remaining: 0 });
    const invited = await db.user.findMany({ where: { email: { endsWith: `.${t}@example.test` } }, select: { id: true } });
    const messages = await db.emailMessage.findMany({
      where: { clientId: { in: invited.map((client) => client.id) }, template: "ACCOUNT_INVITATION" },
      orderBy: { sendAfter: "asc" },
    });
    expect(messages).toHaveLength(4);
    expect(messages.every((message) => message.state === "QUEUED" && message.sendAfter > now)).toBe(true);
    const gaps = messages.slice(1).map((message, i) => message.sendAfter.getTime() - messages[i]!.sendAfter.getTime());
    expect(gaps).toEqual([1_000, 1_000, 1_000]); // 60 a minute
    expect(await db.passwordToken.count({ where: { userId: { in: invited.map((client) => client.id) } } })).toBe(4);
    // Asked again: nobody is invited twice.
    expect(await inviteImportedClients(admin, { importId: done.id })).toEqual({ queued: 0, remaining: 0 });
    expect(await rejection(inviteImportedClients(await createActor("FRONT_DESK"), { importId: done.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  test("the mapping can be changed until the import is applied; only admins import", async () => {
    const admin = await createActor("ADMIN");
    const { id } = await createImport(admin, {
      kind: "CLIENTS",
      fileName: "x.csv",
      content: csvFile([
        ["Who", "Mail"],
        [`Pat ${tag()}`, ""],
      ]),
    });
    expect((await dryRunImport(admin, id)).counts.REJECTED).toBe(1);
    await saveImportMapping(admin, { importId: id, mapping: { columns: { fullName: 0, email: 1 }, country: "US", dateOrder: "MDY" } });
    expect((await dryRunImport(admin, id)).counts.CREATED).toBe(1);
    await applyImport(admin, { importId: id });
    expect(
      await rejection(saveImportMapping(admin, { importId: id, mapping: { columns: {}, country: "US", dateOrder: "MDY" } })),
    ).toMatchObject({ code: "CONFLICT" });
    await runPendingImports(db);

    for (const role of ["FRONT_DESK", "ESTHETICIAN", "CLIENT"] as const) {
      const other = await createActor(role);
      expect(await rejection(getImport(other, id))).toMatchObject({ code: "FORBIDDEN" });
      expect(
        await rejection(createImport(other, { kind: "CLIENTS", fileName: "x.csv", content: csvFile([["Name"], ["A B"]]) })),
      ).toMatchObject({ code: "FORBIDDEN" });
      expect(await rejection(dryRunImport(other, id))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await rejection(getImport(admin, randomUUID()))).toMatchObject({ code: "NOT_FOUND" });
  });

  test("a file that is not CSV, or has no rows, is refused with a reason", async () => {
    const admin = await createActor("ADMIN");
    expect(await rejection(createImport(admin, { kind: "CLIENTS", fileName: "e.csv", content: Buffer.alloc(0) }))).toMatchObject({
      code: "VALIDATION",
    });
    expect(
      await rejection(createImport(admin, { kind: "CLIENTS", fileName: "h.csv", content: Buffer.from(`Name,Email${tag()}\r\n`) })),
    ).toMatchObject({
      code: "VALIDATION",
      userMessage: expect.stringContaining("no rows"),
    });
    expect(
      await rejection(
        createImport(admin, { kind: "CLIENTS", fileName: "q.csv", content: Buffer.from(`Name,Email\r\n"unterminated,${tag()}\r\n`) }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
    });
  });
});
