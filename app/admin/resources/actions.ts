"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { createResource, setResourceActive } from "@/lib/catalog/resource-commands";
import { resourceSchema, setResourceActiveSchema } from "@/lib/catalog/schema";

const resources = actionGroup({ permission: "admin:manage-services", onSuccess: () => revalidatePath("/admin/resources") });

export const createResourceAction = resources(resourceSchema, createResource);
export const setResourceActiveAction = resources(setResourceActiveSchema, setResourceActive);
