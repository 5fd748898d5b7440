import { describe, expect, it } from "vitest";
import { phrasedByMeaning } from "./phrasing.js";

const outdated = {
  nl: "We hangen af van verouderde toepassingen.",
  en: "We depend on outdated applications.",
};

describe("phrasedByMeaning", () => {
  it("keeps a positively worded statement as written", () => {
    expect(phrasedByMeaning({ text: outdated, reverse: false, positiveText: null })).toEqual({
      text: outdated,
      phrasing: "as-written",
    });
  });

  it("prints a reverse-coded statement by the instrument's positive phrasing", () => {
    const positiveText = {
      nl: "Onze toepassingen zijn bij de tijd.",
      en: "Our applications are up to date.",
    };
    expect(phrasedByMeaning({ text: outdated, reverse: true, positiveText })).toEqual({
      text: positiveText,
      phrasing: "positive-text",
    });
  });

  it("says 'disagreed with' in each language of the text when the instrument gives no positive phrasing", () => {
    const phrased = phrasedByMeaning({
      text: { ...outdated, fr: "Nous dépendons d'applications dépassées." },
      reverse: true,
    });
    expect(phrased.phrasing).toBe("disagreed-with");
    expect(phrased.text).toEqual({
      nl: "Oneens met: „We hangen af van verouderde toepassingen.”",
      en: "Disagreed with: “We depend on outdated applications.”",
      // No French report texts: the English wording stands in, as for every other report text.
      fr: "Disagreed with: “Nous dépendons d'applications dépassées.”",
    });
  });
});
