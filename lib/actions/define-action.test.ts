import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";

// The session is next-auth's (outside the pipeline); requireActor is replaced by the policy check
// it performs, on an actor the test chooses.
const session: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/actor", async () => {
  const { assertCan } = await import("@/lib/auth/assert-can");
  return { requireActor: async (action?: Parameters<typeof assertCan>[1]) => assertCan(session.actor, action) };
});

const { actionGroup, defineAction, definePublicAction } = await import("./define-action");

const admin: Actor = { userId: "11111111-1111-4111-8111-111111111111", role: "ADMIN", email: "a@example.test", name: "A" };
const client: Actor = { ...admin, role: "CLIENT" };
const schema = z.object({ name: z.string().trim().min(2, "Enter a name.") });

beforeEach(() => {
  session.actor = admin;
});

describe("defineAction", () => {
  test("runs the command with the actor and the parsed input, then onSuccess", async () => {
    const run = vi.fn(async (actor: Actor, input: { name: string }) => `${actor.role}:${input.name}`);
    const onSuccess = vi.fn();
    const action = defineAction({ permission: "admin:manage-services", schema, run, onSuccess });
    expect(await action({ name: "  Glow  " })).toEqual({ ok: true, data: "ADMIN:Glow" });
    expect(onSuccess).toHaveBeenCalledWith("ADMIN:Glow", { name: "Glow" });
  });

  test.each([
    ["signed out", null, "UNAUTHENTICATED"],
    ["without the permission", client, "FORBIDDEN"],
  ])("refuses someone %s before parsing or running anything", async (_label, actor, code) => {
    session.actor = actor;
    const run = vi.fn();
    const action = defineAction({ permission: "admin:manage-services", schema, run });
    expect(await action({ name: "Glow" })).toMatchObject({ ok: false, code });
    expect(run).not.toHaveBeenCalled();
  });

  test("bad input is a VALIDATION result with the field's message; nothing runs", async () => {
    const run = vi.fn();
    const action = defineAction({ permission: "admin:manage-services", schema, run });
    expect(await action({ name: "G" })).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Please correct the highlighted fields.",
      fieldErrors: { name: ["Enter a name."] },
    });
    // Whatever its type says, anything may arrive at a public POST endpoint.
    expect(await action(null as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(run).not.toHaveBeenCalled();
  });

  test("a schema that depends on the actor is built for the actor who asks", async () => {
    const action = defineAction({
      permission: "account:update-own-profile",
      schema: (actor) => z.object({ name: z.literal(actor.name) }),
      run: async () => "ok",
    });
    expect(await action({ name: "A" })).toEqual({ ok: true, data: "ok" });
    expect(await action({ name: "B" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  test("an expected failure keeps its meaning; an unknown one is logged and hidden", async () => {
    const conflict = defineAction({
      permission: "admin:manage-services",
      schema,
      run: async () => {
        throw new AppError("CONFLICT", "That time was just taken.", { data: { alternatives: [] } });
      },
    });
    expect(await conflict({ name: "Glow" })).toEqual({
      ok: false,
      code: "CONFLICT",
      message: "That time was just taken.",
      data: { alternatives: [] },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = defineAction({
      permission: "admin:manage-services",
      schema,
      run: async () => {
        throw new Error("connect ECONNREFUSED 10.0.0.3:5432");
      },
    });
    const result = await crash({ name: "Glow" });
    expect(result).toMatchObject({ ok: false, code: "INTERNAL" });
    expect(JSON.stringify(result)).not.toContain("10.0.0.3");
    log.mockRestore();
  });

  test("onSuccess runs outside the error mapping, so a redirect thrown there reaches Next", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    const action = defineAction({
      permission: "admin:manage-services",
      schema,
      run: async () => "done",
      onSuccess: () => {
        throw redirect;
      },
    });
    await expect(action({ name: "Glow" })).rejects.toBe(redirect);
  });
});

describe("actionGroup and definePublicAction", () => {
  test("a group shares the permission and onSuccess of its page", async () => {
    const onSuccess = vi.fn();
    const group = actionGroup({ permission: "admin:manage-services", onSuccess });
    const action = group(schema, async (actor, input) => `${actor.userId}/${input.name}`);
    expect(await action({ name: "Glow" })).toEqual({ ok: true, data: `${admin.userId}/Glow` });
    expect(onSuccess).toHaveBeenCalledOnce();
    session.actor = client;
    expect(await action({ name: "Glow" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  test("a public action needs no one signed in, and still parses", async () => {
    session.actor = null;
    const action = definePublicAction({ schema, run: async (input) => input.name.length });
    expect(await action({ name: "Glow" })).toEqual({ ok: true, data: 4 });
    expect(await action({ name: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});
