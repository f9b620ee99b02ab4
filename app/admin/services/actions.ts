"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createServiceSchema, serviceIdSchema, updateServiceSchema } from "@/lib/catalog/schema";
import { createService, deleteOrArchiveService, updateService } from "@/lib/catalog/service-commands";

// The public catalogue and booking pages read services too.
const refresh = () => revalidatePath("/", "layout");

export const createServiceAction = defineAction({
  permission: "admin:manage-services",
  schema: createServiceSchema,
  run: ({ actor, input }) => createService(actor, input.service),
  onSuccess: refresh,
});

export const updateServiceAction = defineAction({
  permission: "admin:manage-services",
  schema: updateServiceSchema,
  run: ({ actor, input }) => updateService(actor, input),
  onSuccess: refresh,
});

export const deleteOrArchiveServiceAction = defineAction({
  permission: "admin:manage-services",
  schema: serviceIdSchema,
  run: ({ actor, input }) => deleteOrArchiveService(actor, input),
  onSuccess: refresh,
});
