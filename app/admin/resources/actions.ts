"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createResource, setResourceActive } from "@/lib/catalog/resource-commands";
import { resourceSchema, setResourceActiveSchema } from "@/lib/catalog/schema";

const refresh = () => revalidatePath("/admin/resources");

export const createResourceAction = defineAction({
  permission: "admin:manage-services",
  schema: resourceSchema,
  run: ({ actor, input }) => createResource(actor, input),
  onSuccess: refresh,
});

export const setResourceActiveAction = defineAction({
  permission: "admin:manage-services",
  schema: setResourceActiveSchema,
  run: ({ actor, input }) => setResourceActive(actor, input),
  onSuccess: refresh,
});
