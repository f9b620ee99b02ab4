export type * from "./types";
export { listSlots } from "./list-slots";
export { assignStaff, type AssignStaffOptions } from "./assign-staff";
export { pickResources, type PickResourcesOptions } from "./resources";
export { nearestSlots } from "./nearest-slots";
export { computeBlockedInterval } from "./instant";
