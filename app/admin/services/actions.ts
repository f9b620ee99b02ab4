"use server";

import { revalidatePath } from "next/cache";
import { serviceIdSchema, serviceSchema, updateServiceSchema } from "@/lib/catalog/schema";
import { runAdminAction } from "@/lib/admin/run-action";
import { createService, deleteOrArchiveService, updateService } from "@/lib/catalog/service-commands";
import type { ActionResult } from "@/lib/errors/app-error";

const permission = "admin:manage-services";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  // The public catalogue and booking pages read services too.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createServiceAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: serviceSchema, input, command: (actor, data) => createService(actor, data) }));
}

/** Bound to the service id by the edit page. */
export async function updateServiceAction(serviceId: unknown, service: unknown) {
  return refresh(await runAdminAction({ permission, schema: updateServiceSchema, input: { serviceId, service }, command: updateService }));
}

export async function deleteOrArchiveServiceAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: serviceIdSchema, input, command: deleteOrArchiveService }));
}
