import { describe, expect, it } from "vitest";
import { findScriptSources, weighHtml } from "./web-pages";

describe("findScriptSources", () => {
  it.each([
    ["no scripts", "<html><body><p>hi</p></body></html>", []],
    ["inline scripts are not downloads", "<script>self.__next_f=[]</script>", []],
    [
      "async and nomodule attributes in any order",
      '<script async="" src="/a.js"></script><script src="/b.js" async=""></script>',
      ["/a.js", "/b.js"],
    ],
    ["a chunk listed twice counts once", '<script src="/a.js"></script><script src="/a.js"></script>', ["/a.js"]],
    ["entities in the query are decoded", '<script src="/a.js?v=1&amp;dpl=x"></script>', ["/a.js?v=1&dpl=x"]],
    [
      "the nomodule polyfills are not loaded by a current browser",
      '<script src="/polyfills.js" noModule=""></script><script src="/a.js"></script>',
      ["/a.js"],
    ],
    ["a preload link is not a script tag", '<link rel="preload" as="script" href="/c.js"/>', []],
  ])("%s", (_name, html, expected) => {
    expect(findScriptSources(html)).toEqual(expected);
  });
});

describe("weighHtml", () => {
  it.each([
    ["an empty document", "", { bytes: 0, elements: 0, inlineScriptBytes: 0 }],
    ["opening tags are elements, closing tags are not", "<div><p>hi</p><br/></div>", { bytes: 25, elements: 3, inlineScriptBytes: 0 }],
    ["a doctype and comments are not elements", "<!DOCTYPE html><!-- x --><html></html>", { bytes: 38, elements: 1, inlineScriptBytes: 0 }],
    [
      "an inline script counts whole; a script with src does not",
      '<script>self.__next_f.push([1,"é"])</script><script src="/a.js"></script>',
      { bytes: 74, elements: 2, inlineScriptBytes: 45 },
    ],
  ])("%s", (_name, html, expected) => {
    expect(weighHtml(html)).toEqual(expected);
  });
});
