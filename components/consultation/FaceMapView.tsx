import { FACE_ZONE_LABELS, FINDING_LABELS, summariseFaceMap, type FaceMap } from "@/lib/consultation/face-map";
import { FaceDiagram } from "./FaceDiagram";

/** A face map to read: the drawing and, beside it, the same findings and markers in words. */
export function FaceMapView({ faceMap, compact = false }: { faceMap: FaceMap; compact?: boolean }) {
  const zones = summariseFaceMap(faceMap);
  if (zones.length === 0) return <p className="text-stone-700">Nothing marked on the face map.</p>;
  return (
    <div className={`flex gap-4 ${compact ? "flex-row items-start" : "flex-col sm:flex-row sm:items-start"}`}>
      <FaceDiagram faceMap={faceMap} label="Face map" sides={!compact} className={compact ? "w-24 shrink-0" : "w-40 shrink-0"} />
      <ul className="space-y-1 text-sm">
        {zones.map(({ zone, findings, markers }) => (
          <li key={zone}>
            <span className="font-medium">
              {FACE_ZONE_LABELS[zone]}
              {findings.length > 0 ? ":" : ""}
            </span>{" "}
            {findings.map((f) => FINDING_LABELS[f]).join(", ")}
            {markers.map((marker) => (
              <span key={faceMap.markers.indexOf(marker)} className="block pl-3 text-stone-700">
                Marker {faceMap.markers.indexOf(marker) + 1}
                {marker.finding ? ` — ${FINDING_LABELS[marker.finding]}` : ""}
                {marker.note ? `: ${marker.note}` : ""}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
