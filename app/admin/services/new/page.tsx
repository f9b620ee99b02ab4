import type { Metadata } from "next";
import Link from "next/link";
import { ServiceForm } from "@/components/admin/ServiceForm";
import { requirePageActor } from "@/lib/auth/page-guard";
import { createServiceAction } from "../actions";

export const metadata: Metadata = { title: "New service" };

export default async function NewServicePage() {
  await requirePageActor("admin:manage-services", "/admin/services/new");
  const defaults = {
    name: "",
    description: "",
    durationMinutes: 60,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 15,
    price: "",
    steps: [],
    resources: [{ kind: "TREATMENT_ROOM" as const, quantity: 1 }],
    requiresIntake: true,
    active: true,
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/services" className="text-brand-700 underline">
          ← Services
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New service</h1>
      <ServiceForm target={{}} defaultValues={defaults} submitLabel="Create service" save={createServiceAction} />
    </div>
  );
}
