import { describe, expect, test } from "vitest";
import { badText, findOutOfBoundsInput, INPUT_BOUNDS } from "./input-bounds";

function nested(depth: number): unknown {
  let value: unknown = "x";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe("findOutOfBoundsInput", () => {
  test.each([
    ["nothing", undefined],
    ["a form's input", { name: "Ana Lima", phone: "+1 555 0100", notes: "Line one\nline two\ttabbed", tags: ["a", "b"], count: 3 }],
    ["a list at the limit", { items: new Array(INPUT_BOUNDS.maxArrayItems).fill(1) }],
    ["text at the limit", { text: "x".repeat(INPUT_BOUNDS.maxStringLength) }],
    ["emoji and accents", { name: "Zoë 👩🏽‍⚕️ Ñúñez" }],
    ["a date", { at: new Date(0) }],
    [
      "FormData",
      (() => {
        const form = new FormData();
        form.set("reminders", "on");
        return form;
      })(),
    ],
  ])("accepts %s", (_label, input) => {
    expect(findOutOfBoundsInput(input)).toBeNull();
  });

  test.each([
    ["a NUL in a field", { name: "a\u0000b" }, "name"],
    ["an escape sequence deep inside", { answers: { allergies: ["ok", "\u001b[31m"] } }, "answers.allergies.1"],
    ["a C1 control", { q: "\u0085" }, "q"],
    ["a lone surrogate", { q: "\ud800x" }, "q"],
    ["text over the limit", { text: "x".repeat(INPUT_BOUNDS.maxStringLength + 1) }, "text"],
    ["190,000 list items", { items: new Array(190_000).fill(1) }, "items"],
    ["objects nested 200 deep", nested(200), "a.a.a.a.a.a.a.a.a.a.a.a"],
    ["too many values overall", { lists: new Array(30).fill(new Array(900).fill(0)) }, "form"],
    ["a NUL in a field name", { ["a\u0000"]: 1 }, "form"],
    ["an infinite number", { n: Infinity }, "n"],
    ["a class instance", { when: new Map() }, "when"],
    [
      "a NUL in FormData",
      (() => {
        const form = new FormData();
        form.set("note", "\u0000");
        return form;
      })(),
      "note",
    ],
  ])("refuses %s, under its path", (_label, input, path) => {
    const errors = findOutOfBoundsInput(input);
    expect(errors).not.toBeNull();
    expect(Object.keys(errors!)).toEqual([path]);
  });
});

describe("badText", () => {
  test.each([
    ["plain", "Ana", null],
    ["tab, newline", "a\tb", null],
    ["carriage return", "\r\n", null],
    ["NUL", "\u0000", "Remove the control characters from this text."],
    ["DEL", "\u007f", "Remove the control characters from this text."],
    ["too long for its own limit", "abcd", "Keep this to 3 characters or fewer."],
  ])("%s", (_label, value, expected) => {
    expect(badText(value, 3)).toBe(expected);
  });
});
