import { describe, expect, it } from "vitest";
import { findScriptSources } from "./web-pages";

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
