"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { createServiceSchema, serviceIdSchema, updateServiceSchema } from "@/lib/catalog/schema";
import { createService, deleteOrArchiveService, updateService } from "@/lib/catalog/service-commands";

// The public catalogue and booking pages read services too.
const services = actionGroup({ permission: "admin:manage-services", onSuccess: () => revalidatePath("/", "layout") });

export const createServiceAction = services(createServiceSchema, (actor, input) => createService(actor, input.service));
export const updateServiceAction = services(updateServiceSchema, updateService);
export const deleteOrArchiveServiceAction = services(serviceIdSchema, deleteOrArchiveService);
