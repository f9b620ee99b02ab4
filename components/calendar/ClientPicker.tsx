"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ServerAction } from "@/lib/actions/types";

export type ClientOption = { id: string; name: string; email: string | null; phone: string | null };

type Props = {
  findClients: ServerAction<{ q: string }, ClientOption[]>;
  selected: ClientOption | null;
  onSelect: (client: ClientOption | null) => void;
  error?: string;
};

/**
 * Type-ahead for an existing client (the WAI-ARIA combobox pattern with a listbox): name, email
 * or phone, typos tolerated by the directory's search. Arrow keys move through the matches,
 * Enter picks one, Escape closes the list.
 */
export function ClientPicker({ findClients, selected, onSelect, error }: Props) {
  const id = useId();
  const [query, setQuery] = useState(selected?.name ?? "");
  const [options, setOptions] = useState<ClientOption[]>([]);
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(0);
  const [status, setStatus] = useState("");
  const requestId = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!open || q.length < 2 || selected?.name === query) return;
    const mine = ++requestId.current;
    const timer = setTimeout(async () => {
      const result = await findClients({ q });
      if (mine !== requestId.current) return;
      const found = result.ok ? result.data : [];
      setOptions(found);
      setHighlighted(0);
      setStatus(result.ok ? `${found.length} client${found.length === 1 ? "" : "s"} found` : result.message);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open, selected, findClients]);

  const choose = (client: ClientOption) => {
    onSelect(client);
    setQuery(client.name);
    setOpen(false);
    setStatus(`${client.name} selected`);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      setOpen(true);
      setHighlighted((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      setHighlighted((i) => Math.max(0, i - 1));
    } else if (event.key === "Enter" && open && options[highlighted]) {
      event.preventDefault();
      choose(options[highlighted]!);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const showList = open && options.length > 0 && query.trim().length >= 2;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-stone-800">
        Find the client
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-stone-600">
        Name, email or phone; a typo is fine.
      </p>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${id}-option-${highlighted}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          if (selected) onSelect(null);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-600"
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching clients"
        hidden={!showList}
        className="absolute inset-x-0 z-40 mt-1 max-h-64 overflow-auto rounded-lg border border-stone-300 bg-white shadow-lg"
      >
        {options.map((client, index) => (
          <li
            key={client.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === highlighted}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(client)}
            className={`cursor-pointer px-3 py-2 text-sm ${index === highlighted ? "bg-brand-100" : ""}`}
          >
            <span className="font-medium">{client.name}</span>
            <span className="block text-xs text-stone-600">
              {[client.phone, client.email].filter(Boolean).join(" · ") || "No contact details"}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
