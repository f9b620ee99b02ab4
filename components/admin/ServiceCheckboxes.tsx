import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  idPrefix: string;
  services: { id: string; name: string; active: boolean }[];
  error?: string;
  register: UseFormRegisterReturn;
};

/** The services an esthetician performs, as a labelled group of checkboxes. */
export function ServiceCheckboxes({ idPrefix, services, error, register }: Props) {
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="text-sm font-medium text-stone-800">Services they perform</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {services.map((service) => (
          <label key={service.id} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" value={service.id} {...register} />
            {service.name}
            {!service.active && <span className="text-xs text-stone-500">(archived)</span>}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
