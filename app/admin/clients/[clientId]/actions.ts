"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { clientContactSchema } from "@/lib/account/schema";
import { sendIntakeLinkNow, sendPasswordLinkNow, updateClientContact, updateClientPreferences } from "@/lib/clients/commands";
import { mergeClients } from "@/lib/clients/merge";
import { clientPreferencesSchema, clientRefSchema, mergeClientsSchema } from "@/lib/clients/schema";

const refreshClient = (_: unknown, input: { clientId: string }) => revalidatePath(`/admin/clients/${input.clientId}`);

export const updateClientContactAction = defineAction({
  permission: "clients:manage",
  schema: clientContactSchema,
  run: (actor, input) => updateClientContact(actor, input),
  onSuccess: refreshClient,
});

export const updateClientPreferencesAction = defineAction({
  permission: "clients:manage",
  schema: clientPreferencesSchema,
  run: updateClientPreferences,
  onSuccess: refreshClient,
});

export const sendIntakeLinkAction = defineAction({
  permission: "clients:manage",
  schema: clientRefSchema,
  run: (actor, input) => sendIntakeLinkNow(actor, input),
  onSuccess: refreshClient,
});

export const sendPasswordLinkAction = defineAction({
  permission: "clients:manage",
  schema: clientRefSchema,
  run: (actor, input) => sendPasswordLinkNow(actor, input),
  onSuccess: refreshClient,
});

export const mergeClientsAction = defineAction({
  permission: "clients:merge",
  schema: mergeClientsSchema,
  run: (actor, input) => mergeClients(actor, input),
  onSuccess: (_, input) => {
    revalidatePath("/admin", "layout");
    redirect(`/admin/clients/${input.clientId}?merged=1`);
  },
});
