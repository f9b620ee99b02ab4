import { ServiceCard } from "@/components/catalog/ServiceCard";
import { listActiveServices } from "@/lib/catalog/queries";
import { getSpaLocation } from "@/lib/location/queries";

export default async function HomePage() {
  const [spa, services] = await Promise.all([getSpaLocation(), listActiveServices()]);
  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-900">Professional facials at {spa?.name ?? "our spa"}</h1>
        <p className="mt-2 max-w-2xl text-stone-700">
          Choose a treatment, an esthetician and a time that suits you. Your intake form is checked before the visit, and you leave with
          homecare advice written for your skin.
        </p>
      </section>
      <section id="services" aria-labelledby="services-heading">
        <h2 id="services-heading" className="mb-4 text-xl font-semibold">
          Treatments
        </h2>
        {services.length === 0 ? (
          <p className="text-stone-700">No treatments are open for booking right now. Please check back soon.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {services.map((service) => (
              <li key={service.id} className="flex">
                <ServiceCard service={service} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
