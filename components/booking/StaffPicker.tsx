import Link from "next/link";
import type { StaffOption } from "@/lib/booking/staff-options";
import { formatSoon } from "@/lib/format/zoned";
import { StepHeading } from "./StepHeading";

type Props = {
  staff: StaffOption[];
  /** Builds the link for a choice; `"any"` stands for "Any esthetician". */
  hrefFor: (staff: string) => string;
  /** Each choice's next free start (ISO); "any" = the first with anyone. Missing = none soon. */
  nextFree: Record<string, string>;
  /** How far ahead next free times were looked for, in days. */
  searchDays: number;
  timeZone: string;
  selected?: string | null;
  heading?: string;
};

/** "AR" for "Ana Ruiz": the card's picture when there is no photo. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((word) => word[0]!.toUpperCase()).join("");
}

/** Choose an esthetician, or "any" (the first free one, balanced across the team), each with their next free time. */
export function StaffPicker({
  staff,
  hrefFor,
  nextFree,
  searchDays,
  timeZone,
  selected = null,
  heading = "Choose your esthetician",
}: Props) {
  const choices = [
    { id: "any", name: "Any esthetician", note: "The most times to choose from; we assign whoever is free.", initials: "∗" },
    ...staff.map((person) => ({ id: person.id, name: person.displayName, note: person.bio, initials: initialsOf(person.displayName) })),
  ];
  return (
    <section aria-labelledby="step-heading">
      <StepHeading id="step-heading">{heading}</StepHeading>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {choices.map((choice) => {
          const isSelected = choice.id === selected;
          const next = nextFree[choice.id];
          return (
            <li key={choice.id}>
              <Link
                href={hrefFor(choice.id)}
                aria-current={isSelected ? "true" : undefined}
                className={`flex min-h-11 gap-3 rounded-xl border bg-white p-4 hover:border-brand-600 ${
                  isSelected ? "border-brand-700 ring-2 ring-brand-700" : "border-stone-200"
                }`}
              >
                <span
                  aria-hidden="true"
                  className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-brand-100 text-lg font-semibold text-brand-800"
                >
                  {choice.initials}
                </span>
                <span className="min-w-0">
                  <span className="block font-semibold">{choice.name}</span>
                  {choice.note && <span className="block text-sm text-stone-600">{choice.note}</span>}
                  <span className="mt-1 block text-sm font-medium text-brand-800">
                    {next ? `Next free: ${formatSoon(next, timeZone)}` : `No free times in the next ${searchDays} days`}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
