import type { ChartNote, ChartProduct } from "@/lib/consultation/chart-queries";
import { SOAP_LABELS } from "@/lib/consultation/schema";
import { STEP_LABELS } from "@/lib/catalog/step-labels";
import { formatDateTime } from "@/lib/format/zoned";
import { FaceMapView } from "./FaceMapView";

const formatSignedAt = (date: Date, timeZone: string) => formatDateTime(date, timeZone, { date: "medium", time: "short" });

/** A signed (read-only) note with its amendments beneath it. */
export function SignedNote({ note, products, timeZone }: { note: ChartNote; products: ChartProduct[]; timeZone: string }) {
  const { content } = note;
  const productName = (id: string) => products.find((product) => product.id === id)?.name ?? "A product no longer in the catalogue";
  return (
    <article aria-label="Signed treatment note" className="space-y-3">
      <p className="text-sm text-stone-600">
        Signed by {note.authorName} on {note.signedAt ? formatSignedAt(note.signedAt, timeZone) : "—"}. Locked.
      </p>
      <dl className="space-y-2">
        {(Object.keys(SOAP_LABELS) as (keyof typeof SOAP_LABELS)[]).map((key) => (
          <div key={key}>
            <dt className="text-sm font-semibold">{SOAP_LABELS[key]}</dt>
            <dd className="whitespace-pre-wrap">{content[key] || "—"}</dd>
          </div>
        ))}
        <div>
          <dt className="text-sm font-semibold">Face map</dt>
          <dd className="mt-1">
            <FaceMapView faceMap={content.faceMap} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold">Steps</dt>
          <dd>
            <ul>
              {content.steps.map((step, index) => (
                <li key={`${index}-${step.step}`}>
                  {STEP_LABELS[step.step]}: {step.performed ? "performed" : "skipped"}
                  {step.overrideReason ? ` (reason: ${step.overrideReason})` : ""}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold">Products used</dt>
          <dd>{content.productIds.length === 0 ? "—" : content.productIds.map(productName).join(", ")}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold">Skin response</dt>
          <dd className="whitespace-pre-wrap">{content.skinResponse || "—"}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold">Notes for next time</dt>
          <dd className="whitespace-pre-wrap">{content.nextTime || "—"}</dd>
        </div>
      </dl>
      {note.amendments.length > 0 && (
        <section aria-label="Amendments" className="space-y-2 border-t border-stone-200 pt-3">
          <h4 className="font-semibold">Amendments</h4>
          <ol className="space-y-2">
            {note.amendments.map((amendment) => (
              <li key={amendment.id} className="rounded-lg bg-stone-50 p-3">
                <p className="text-xs text-stone-600">
                  {formatSignedAt(amendment.createdAt, timeZone)} — {amendment.authorName}
                </p>
                <p className="whitespace-pre-wrap">{amendment.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
