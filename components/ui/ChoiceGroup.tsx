type Choice<T extends string> = { value: T; label: React.ReactNode };

/**
 * A labelled group of radio buttons drawn as large tappable chips (treatment-room tablets): a
 * fieldset with a legend, each option a real radio input, so keys and screen readers work as usual.
 */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  shape = "pill",
  className = "flex flex-wrap gap-2",
}: {
  legend: React.ReactNode;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  shape?: "pill" | "tile";
  className?: string;
}) {
  const chip = shape === "pill" ? "rounded-full px-4" : "rounded-lg px-3 text-sm";
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <div className={`mt-1 ${className}`}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={`flex min-h-11 cursor-pointer items-center gap-2 border border-stone-300 ${chip} has-checked:border-brand-700 has-checked:bg-brand-50`}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="accent-brand-700"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
