export type NavRole = "CLIENT" | "ESTHETICIAN" | "ADMIN" | null;
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
    case "ADMIN":
      return [
        { href: "/admin", label: "Admin" },
        { href: "/#services", label: "Services" },
      ];
  }
}
