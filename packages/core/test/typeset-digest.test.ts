import { describe, expect, it } from "vitest";
import { typesetDigest } from "../src/digest/typeset-digest.js";
import { FR_GRAMMAR } from "../src/i18n/languages/fr/grammar.js";

const typeset = FR_GRAMMAR.typeset as (text: string) => string;

describe("typesetting a summary", () => {
  const event = { id: "evt-1", title: "Accord : signé", count: 2, places: ["Kayes"] };
  const plain = { id: "evt-2", title: "Patrouilles conjointes", places: ["Diboli"] };
  const summary = {
    lang: "fr",
    chronology: [event, plain],
    pillars: [{ label: "Sécurité", developments: [event, plain] }],
    meta: { title: "Sénégal–Mali", cutoff: { text: "l'arrêt des données" } },
  };
  const set = typesetDigest(summary, typeset);

  it("sets every text that needs it, wherever it is, and leaves the summary given as it was", () => {
    expect(set.chronology[0]?.title).toBe("Accord\u00a0: signé");
    expect(set.meta.cutoff.text).toBe("l’arrêt des données");
    expect(summary.chronology[0]?.title).toBe("Accord : signé");
    expect(summary.meta.cutoff.text).toBe("l'arrêt des données");
  });

  it("copies only what holds a changed text, keeping numbers, ids and untouched parts as they are", () => {
    expect(set).not.toBe(summary);
    expect(set.chronology[0]).not.toBe(event);
    expect(set.chronology[0]).toEqual({ ...event, title: "Accord\u00a0: signé" });
    expect(set.chronology[0]?.places).toBe(event.places);
    expect(set.chronology[1]).toBe(plain);
    expect(set.meta.title).toBe("Sénégal–Mali");
  });

  it("keeps an object reached twice as one object", () => {
    expect(set.pillars[0]?.developments[0]).toBe(set.chronology[0]);
    expect(set.pillars[0]?.developments[1]).toBe(set.chronology[1]);
  });

  it("returns a summary with nothing to set as it is", () => {
    const english = { chronology: [plain], meta: { title: "Senegal–Mali" } };
    expect(typesetDigest(english, typeset)).toBe(english);
  });
});
