"use client";

import { useSyncExternalStore } from "react";
import { timeZoneNote } from "@/lib/format/zoned";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

/** "Times are in New York time (EST)", shown only when the browser is in another zone. */
export function ZoneNote({ timeZone, at }: { timeZone: string; at: string }) {
  const zone = useSyncExternalStore(subscribe, browserZone, serverZone);
  if (!zone || zone === timeZone) return null;
  return <p className="text-sm text-stone-700">{timeZoneNote(timeZone, at)}.</p>;
}
