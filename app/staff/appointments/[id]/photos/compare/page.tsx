import type { Metadata } from "next";
import { ChartPageHeader } from "@/components/photos/ChartPageHeader";
import { ComparePhotos } from "@/components/photos/ComparePhotos";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format/zoned";
import { PHOTO_ANGLES, PHOTO_PHASES, photoAngleLabel, type PhotoAngle } from "@/lib/photos/angles";
import { chooseComparison } from "@/lib/photos/compare";
import { getChartPhotos } from "@/lib/photos/queries";

export const metadata: Metadata = { title: "Compare photos" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 80) : undefined);

function angleKeyLabel(key: string): string {
  const [angle, zone] = key.split(":") as [PhotoAngle, string | undefined];
  return Object.hasOwn(PHOTO_ANGLES, angle) ? photoAngleLabel(angle, zone ?? null) : key;
}

/** Two photos of the same angle, side by side or as a slider, each with its visit's face map. */
export default async function ComparePhotosPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor("photos:view", `/staff/appointments/${id}/photos/compare`);
  const photos = await orNotFound(getChartPhotos(actor, id));
  const { appointment } = photos;
  const zone = appointment.location.timeZone;
  const visits = [photos.visit, ...photos.earlier];
  const comparison = chooseComparison(visits, appointment.id, { angle: one(query.angle), left: one(query.left), right: one(query.right) });
  const mode = one(query.mode) === "slider" ? "slider" : "side";
  const describe = (photoId: string) => {
    const photo = comparison.candidates.find((p) => p.id === photoId)!;
    const visit = visits.find((v) => v.appointmentId === photo.appointmentId)!;
    return `${formatDateTime(visit.startsAt, zone, { date: "medium", time: "short" })} — ${PHOTO_PHASES[photo.phase].toLowerCase()}`;
  };
  const select = "mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2";
  return (
    <div className="max-w-5xl space-y-6">
      <ChartPageHeader appointmentId={appointment.id} title={`Compare photos — ${appointment.client.name}`} />
      {comparison.angle === null ? (
        <p className="text-stone-700">No photos yet.</p>
      ) : (
        <>
          <form
            method="get"
            aria-label="Choose photos to compare"
            className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-5 sm:items-end"
          >
            <div>
              <label htmlFor="compare-angle" className="block text-sm font-medium">
                Angle
              </label>
              <select id="compare-angle" name="angle" defaultValue={comparison.angle} className={select}>
                {comparison.angles.map((key) => (
                  <option key={key} value={key}>
                    {angleKeyLabel(key)}
                  </option>
                ))}
              </select>
            </div>
            {(["left", "right"] as const).map((side) => (
              <div key={side}>
                <label htmlFor={`compare-${side}`} className="block text-sm font-medium">
                  {side === "left" ? "Left photo" : "Right photo"}
                </label>
                <select id={`compare-${side}`} name={side} defaultValue={comparison[side]?.id} className={select}>
                  {comparison.candidates.map((photo) => (
                    <option key={photo.id} value={photo.id}>
                      {describe(photo.id)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <fieldset>
              <legend className="text-sm font-medium">View</legend>
              <div className="mt-1 flex gap-3">
                {(["side", "slider"] as const).map((value) => (
                  <label key={value} className="flex min-h-11 items-center gap-2">
                    <input type="radio" name="mode" value={value} defaultChecked={mode === value} className="accent-brand-700" />
                    {value === "side" ? "Side by side" : "Slider"}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-5 font-medium text-white">
              Show
            </button>
          </form>
          <ComparePhotos comparison={comparison} visits={visits} timeZone={zone} mode={mode} />
        </>
      )}
    </div>
  );
}
