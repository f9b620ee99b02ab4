import type { Concern, SkinType } from "@/lib/intake/options";

/**
 * The demo spa's clients besides Jordan Kim (who signs in). Made as the desk makes them: name,
 * phone, an email for most, no password (they would set one from the emailed link).
 */
export type DemoClient = {
  name: string;
  email: string | null;
  phone: string;
  skin: { type: SkinType; concerns: Concern[] };
  /** "current": submitted a few weeks ago; "expired": past the six-month validity; "missing": never. */
  intake: "current" | "expired" | "missing";
  /** Stopped isotretinoin three months ago: exfoliation is BLOCKed, so the calendar flags her. */
  flagged?: boolean;
};

export const DEMO_CLIENTS: readonly DemoClient[] = [
  {
    name: "Amara Okafor",
    email: "amara.okafor@example.com",
    phone: "+1 212 555 0111",
    skin: { type: "oily", concerns: ["acne", "enlarged-pores"] },
    intake: "current",
  },
  {
    name: "Ben Carter",
    email: "ben.carter@example.com",
    phone: "+1 917 555 0123",
    skin: { type: "combination", concerns: ["blackheads"] },
    intake: "current",
  },
  {
    name: "Chloé Dubois",
    email: "chloe.dubois@example.com",
    phone: "+1 646 555 0135",
    skin: { type: "dry", concerns: ["dehydration", "fine-lines"] },
    intake: "current",
  },
  { name: "Daniel Reyes", email: null, phone: "+1 718 555 0147", skin: { type: "normal", concerns: ["dullness"] }, intake: "missing" },
  {
    name: "Elena Petrova",
    email: "elena.petrova@example.com",
    phone: "+1 212 555 0159",
    skin: { type: "sensitive", concerns: ["redness", "sensitivity"] },
    intake: "current",
  },
  {
    name: "Farah Haddad",
    email: "farah.haddad@example.com",
    phone: "+1 347 555 0161",
    skin: { type: "combination", concerns: ["pigmentation"] },
    intake: "expired",
  },
  {
    name: "Grace Liu",
    email: "grace.liu@example.com",
    phone: "+1 917 555 0173",
    skin: { type: "oily", concerns: ["blackheads", "texture"] },
    intake: "current",
  },
  {
    name: "Hiroshi Tanaka",
    email: "hiroshi.tanaka@example.com",
    phone: "+1 646 555 0185",
    skin: { type: "normal", concerns: ["enlarged-pores"] },
    intake: "current",
  },
  {
    name: "Isabela Santos",
    email: "isabela.santos@example.com",
    phone: "+1 212 555 0197",
    skin: { type: "dry", concerns: ["dehydration"] },
    intake: "current",
  },
  {
    name: "Kwame Mensah",
    email: "kwame.mensah@example.com",
    phone: "+1 718 555 0209",
    skin: { type: "oily", concerns: ["acne"] },
    intake: "missing",
  },
  {
    name: "Lucía Fernández",
    email: "lucia.fernandez@example.com",
    phone: "+1 347 555 0211",
    skin: { type: "combination", concerns: ["dullness", "texture"] },
    intake: "current",
  },
  {
    name: "Sofia Alvarez",
    email: "sofia.alvarez@example.com",
    phone: "+1 917 555 0223",
    skin: { type: "oily", concerns: ["acne"] },
    intake: "current",
    flagged: true,
  },
  {
    name: "Tom Walsh",
    email: "tom.walsh@example.com",
    phone: "+1 212 555 0235",
    skin: { type: "normal", concerns: ["blackheads"] },
    intake: "current",
  },
];
