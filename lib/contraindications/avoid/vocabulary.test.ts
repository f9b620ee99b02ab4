import { describe, expect, it } from "vitest";
import { findMentions } from "./vocabulary";

const summary = (text: string) =>
  findMentions(text).map(
    (mention) =>
      `${mention.negated ? "-" : "+"}${mention.keys
        .map((key) => `${key.kind}:${key.id}`)
        .sort()
        .join("|")}`,
  );

describe("findMentions", () => {
  it.each([
    ["Cleanse with a salicylic acid (BHA) cleanser.", ["+ingredient:salicylic-acid", "+ingredient:salicylic-acid"]],
    [
      "No scrubs, AHA/BHA, retinoids, vitamin C or acne treatments until 18 July.",
      [
        "-step:EXFOLIATION_PHYSICAL",
        "-active:exfoliating-acids",
        "-active:retinoids|ingredient:retinoids",
        "-active:vitamin-c|ingredient:vitamin-c",
        "-active:acne-treatments",
      ],
    ],
    [
      "Moisturise with a fragrance-free, lightweight moisturiser.",
      ["-ingredient:essential-oils|ingredient:fragrance|ingredient:methyl-salicylate|ingredient:tea-tree-oil"],
    ],
    ["Don't pick or touch the extracted areas.", []],
    ["Restart your retinol on Friday, then use a sauna.", ["+active:retinoids|ingredient:retinoids", "+step:STEAM"]],
    ["Avoid salicylic acid but try the lanolin balm.", ["-ingredient:salicylic-acid", "+ingredient:lanolin"]],
    ["Use a gentle cleanser instead of the salicilic acid one.", ["-ingredient:salicylic-acid"]],
    ["A serum with vitamin E.", []],
  ])("%s", (text, expected) => {
    expect(summary(text).sort()).toEqual([...expected].sort());
  });

  it("ordinary short words are not taken for ingredients by a typo", () => {
    expect(findMentions("Book your next visit and relax.")).toEqual([]);
  });
});
