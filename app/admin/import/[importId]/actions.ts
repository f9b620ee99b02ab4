"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { applyImport, saveImportMapping } from "@/lib/transfer/commands";
import { applyImportSchema, importIdSchema, saveMappingSchema } from "@/lib/transfer/schema";
import { inviteImportedClients } from "@/lib/transfer/invitations";
import { z } from "zod";

const imports = actionGroup({ permission: "admin:import-data", onSuccess: () => revalidatePath("/admin/import", "layout") });

export const saveImportMappingAction = imports(saveMappingSchema, saveImportMapping);
export const applyImportAction = imports(applyImportSchema, applyImport);
export const inviteImportedClientsAction = imports(z.object({ importId: importIdSchema }), inviteImportedClients);
