export const IMPORT_STATE_LABELS = {
  MAPPING: "Not imported yet",
  QUEUED: "Waiting to start",
  RUNNING: "Importing",
  DONE: "Done",
  FAILED: "Stopped",
} as const;

export const OUTCOME_LABELS = {
  CREATED: "New",
  MATCHED: "Matched",
  BOOKED: "Booked",
  REJECTED: "Rejected",
  ALREADY_IMPORTED: "Already imported",
} as const;
