import { describe, expect, test } from "vitest";
import { updateOwnProfile } from "@/lib/account/commands";
import { getOwnProfile } from "@/lib/account/queries";
import type { Actor } from "@/lib/auth/policy";
import { listActiveServices, listServicesForAdmin } from "@/lib/catalog/queries";
import { db } from "@/lib/db/client";
import { getOwnWork, listStaff } from "@/lib/staff/queries";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";

const asActor = (user: { id: string; role: Actor["role"]; email: string; name: string }): Actor => ({
  userId: user.id,
  role: user.role,
  email: user.email,
  name: user.name,
});

describe("the client's profile", () => {
  test("a client reads and updates only their own profile", async () => {
    const { user: alice } = await createUser({ role: "CLIENT" });
    const { user: bob } = await createUser({ role: "CLIENT" });
    await updateOwnProfile(asActor(alice), { name: "Alice Updated", phone: "+1 555 010 0200" });

    expect(await getOwnProfile(asActor(alice))).toMatchObject({ name: "Alice Updated", phone: "+1 555 010 0200" });
    const untouched = await db.user.findUniqueOrThrow({ where: { id: bob.id } });
    expect(untouched.name).toBe(bob.name);
  });

  test("an actor whose account was deleted gets NOT_FOUND rather than someone else's data", async () => {
    const ghost: Actor = { userId: "00000000-0000-4000-8000-000000000000", role: "CLIENT", email: "g@example.com", name: "G" };
    await expect(getOwnProfile(ghost)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateOwnProfile(ghost, { name: "Ghost", phone: "+1 555 010 0200" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the esthetician's own work", () => {
  test("shows the services they perform (active only) and their hours, not a colleague's", async () => {
    const location = await createLocation();
    const facial = await createService(location.id, { name: "A Facial" });
    const archived = await createService(location.id, { name: "Old Facial", active: false });
    const peel = await createService(location.id, { name: "B Peel" });
    const me = await createEsthetician(location.id, {
      serviceIds: [facial.id, archived.id],
      hours: [
        { weekday: 2, startMinute: 600, endMinute: 720 },
        { weekday: 1, startMinute: 540, endMinute: 780 },
      ],
    });
    await createEsthetician(location.id, { serviceIds: [peel.id] });

    const work = await getOwnWork(asActor(me.user));
    expect(work.services.map((s) => s.name)).toEqual(["A Facial"]);
    expect(work.weeklyHours).toEqual([
      { weekday: 1, startMinute: 540, endMinute: 780 },
      { weekday: 2, startMinute: 600, endMinute: 720 },
    ]);
  });

  test("clients and admins are refused", async () => {
    const { user: client } = await createUser({ role: "CLIENT" });
    const { user: admin } = await createUser({ role: "ADMIN" });
    await expect(getOwnWork(asActor(client))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOwnWork(asActor(admin))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the admin's overview", () => {
  test("lists staff with weekly minutes and every service including archived ones", async () => {
    const { user: admin } = await createUser({ role: "ADMIN" });
    const location = await createLocation();
    const archived = await createService(location.id, { active: false });
    const member = await createEsthetician(location.id, {
      serviceIds: [archived.id],
      hours: [
        { weekday: 1, startMinute: 540, endMinute: 780 },
        { weekday: 1, startMinute: 810, endMinute: 1020 },
      ],
    });

    const staff = await listStaff(asActor(admin));
    expect(staff.find((s) => s.id === member.profile.id)).toMatchObject({ serviceCount: 1, weeklyMinutes: 240 + 210 });
    const services = await listServicesForAdmin(asActor(admin));
    expect(services.find((s) => s.id === archived.id)).toMatchObject({ active: false, staffCount: 1 });
    expect((await listActiveServices()).some((s) => s.id === archived.id)).toBe(false);
  });

  test("clients and estheticians are refused", async () => {
    for (const role of ["CLIENT", "ESTHETICIAN"] as const) {
      const { user } = await createUser({ role });
      await expect(listStaff(asActor(user))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listServicesForAdmin(asActor(user))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
