import type { SpaLocation } from "@/lib/location/queries";

export function SiteFooter({ spa }: { spa: SpaLocation | null }) {
  return (
    <footer className="no-print mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-6 text-sm text-stone-600 sm:flex-row sm:justify-between">
        {spa ? (
          <address className="not-italic">
            <span className="font-medium text-stone-800">{spa.name}</span> · {spa.address} ·{" "}
            <a className="underline" href={`tel:${spa.phone.replaceAll(" ", "")}`}>
              {spa.phone}
            </a>{" "}
            ·{" "}
            <a className="underline" href={`mailto:${spa.email}`}>
              {spa.email}
            </a>
          </address>
        ) : (
          <p>No spa has been set up yet.</p>
        )}
        <p>Powered by Glowbook, open-source spa booking.</p>
      </div>
    </footer>
  );
}
