import { computeBlockedInterval } from "./instant";
import { BusySweep, mergeIntervals } from "./interval";
import type { Interval, ResourceRequirement, ResourceSchedule, ServiceSpec, Slot } from "./types";

interface Unit {
  id: string;
  busy: Interval[];
}

interface KindPool {
  quantity: number;
  units: Unit[];
}

/**
 * Units grouped by required kind (sorted by id, so picks are deterministic), or null when the
 * location has too few units of a kind for the service ever to be bookable.
 */
export function buildKindPools(requirements: readonly ResourceRequirement[], resources: readonly ResourceSchedule[]): KindPool[] | null {
  const quantities = new Map<string, number>();
  for (const { kind, quantity } of requirements) quantities.set(kind, (quantities.get(kind) ?? 0) + quantity);
  const pools: KindPool[] = [];
  for (const [kind, quantity] of quantities) {
    if (quantity === 0) continue;
    const units = resources
      .filter((r) => r.kind === kind)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => ({ id: r.id, busy: mergeIntervals(r.blocked ?? []) }));
    if (units.length < quantity) return null;
    pools.push({ quantity, units });
  }
  return pools;
}

/** A checker for blocked intervals asked in ascending order of start (the slot sweep). */
export function createResourceSweep(pools: readonly KindPool[]): (blocked: Interval) => boolean {
  const sweeps = pools.map((pool) => ({ quantity: pool.quantity, units: pool.units.map((u) => new BusySweep(u.busy)) }));
  return (blocked) =>
    sweeps.every(({ quantity, units }) => {
      // Every unit's cursor must see every query, so count without stopping early.
      let free = 0;
      for (const unit of units) if (unit.isFree(blocked)) free++;
      return free >= quantity;
    });
}

export interface PickResourcesOptions {
  slot: Pick<Slot, "start">;
  service: ServiceSpec;
  resources: readonly ResourceSchedule[];
}

/**
 * The concrete units to hold for a booking at `slot.start`: for each required kind, the first
 * free units by id. Null when some kind has too few free units (the slot is no longer bookable).
 */
export function pickResources({ slot, service, resources }: PickResourcesOptions): string[] | null {
  const pools = buildKindPools(service.resources, resources);
  if (!pools) return null;
  const blocked = computeBlockedInterval(service, slot.start);
  const picked: string[] = [];
  for (const pool of pools) {
    const free = pool.units.filter((u) => new BusySweep(u.busy).isFree(blocked)).slice(0, pool.quantity);
    if (free.length < pool.quantity) return null;
    picked.push(...free.map((u) => u.id));
  }
  return picked;
}
