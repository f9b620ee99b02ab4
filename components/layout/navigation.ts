export type NavRole = "CLIENT" | "ESTHETICIAN" | "ADMIN" | "FRONT_DESK" | null;
export type NavItem = { href: string; label: string };

/** What the header offers depends on who is signed in; every area still guards itself. */
export function navigationFor(role: NavRole): NavItem[] {
  switch (role) {
    case null:
      return [
        { href: "/#services", label: "Services" },
        { href: "/signin", label: "Sign in" },
        { href: "/signup", label: "Create account" },
      ];
    case "CLIENT":
      return [
        { href: "/#services", label: "Services" },
        { href: "/account", label: "My account" },
      ];
    case "ESTHETICIAN":
      return [{ href: "/staff", label: "My work" }];
    case "FRONT_DESK":
      return [
        { href: "/desk", label: "Today" },
        { href: "/admin/calendar", label: "Calendar" },
        { href: "/admin/clients", label: "Clients" },
        { href: "/admin/waitlist", label: "Waitlist" },
      ];
    case "ADMIN":
      return [
        { href: "/admin", label: "Admin" },
        { href: "/desk", label: "Today" },
        { href: "/admin/calendar", label: "Calendar" },
        { href: "/admin/clients", label: "Clients" },
        { href: "/admin/waitlist", label: "Waitlist" },
      ];
  }
}
