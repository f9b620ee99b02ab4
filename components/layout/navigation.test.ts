import { describe, expect, test } from "vitest";
import { navigationFor, type NavRole } from "./navigation";

describe("navigationFor", () => {
  test.each<[NavRole, string[], string[]]>([
    [null, ["/signin", "/signup"], ["/account", "/staff", "/admin"]],
    ["CLIENT", ["/account"], ["/signin", "/staff", "/admin"]],
    ["ESTHETICIAN", ["/staff"], ["/signin", "/account", "/admin"]],
    ["ADMIN", ["/admin", "/desk", "/admin/calendar", "/admin/clients", "/admin/waitlist"], ["/signin", "/account", "/staff"]],
    ["FRONT_DESK", ["/desk", "/admin/calendar", "/admin/clients", "/admin/waitlist"], ["/signin", "/account", "/staff", "/admin"]],
  ])("%s sees its own area and not the others", (role, shown, hidden) => {
    const hrefs = navigationFor(role).map((item) => item.href);
    for (const href of shown) expect(hrefs).toContain(href);
    for (const href of hidden) expect(hrefs).not.toContain(href);
  });
});
