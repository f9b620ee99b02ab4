import Link from "next/link";
import type { StaffOption } from "@/lib/booking/staff-options";
import { StepHeading } from "./StepHeading";

type Props = {
  staff: StaffOption[];
  /** Builds the link for a choice; `"any"` stands for "Any esthetician". */
  hrefFor: (staff: string) => string;
  selected?: string | null;
  heading?: string;
};

const cardClass = "block min-h-11 rounded-xl border bg-white p-4 hover:border-brand-600";

/** Choose an esthetician, or "any" (the first free one, balanced across the team). */
export function StaffPicker({ staff, hrefFor, selected = null, heading = "Choose your esthetician" }: Props) {
  const choices = [
    { id: "any", name: "Any esthetician", note: "The most times to choose from; we assign whoever is free." },
    ...staff.map((person) => ({ id: person.id, name: person.displayName, note: person.bio })),
  ];
  return (
    <section aria-labelledby="step-heading">
      <StepHeading id="step-heading">{heading}</StepHeading>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {choices.map((choice) => {
          const isSelected = choice.id === selected;
          return (
            <li key={choice.id}>
              <Link
                href={hrefFor(choice.id)}
                aria-current={isSelected ? "true" : undefined}
                className={`${cardClass} ${isSelected ? "border-brand-700 ring-2 ring-brand-700" : "border-stone-200"}`}
              >
                <span className="block font-semibold">{choice.name}</span>
                {choice.note && <span className="block text-sm text-stone-600">{choice.note}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
