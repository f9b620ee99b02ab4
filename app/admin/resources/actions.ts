"use server";

import { revalidatePath } from "next/cache";
import { resourceSchema, setResourceActiveSchema } from "@/lib/catalog/schema";
import { createResource, setResourceActive } from "@/lib/catalog/resource-commands";
import { runAdminAction } from "@/lib/admin/run-action";
import type { ActionResult } from "@/lib/errors/app-error";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/resources");
  return result;
}

export async function createResourceAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-services", schema: resourceSchema, input, command: (actor, data) => createResource(actor, data) }));
}

export async function setResourceActiveAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-services", schema: setResourceActiveSchema, input, command: (actor, data) => setResourceActive(actor, data) }));
}
