// Senegal–Mali-like inputs shared by the figure tests.

import { languageModule } from "@bilat/core";
import {
  type ChartBucket,
  type ChartInput,
  type MapInput,
  type MapPoint,
  PILLAR_COLOURS,
} from "../src/index.js";

export const POINTS: MapPoint[] = [
  { id: "dakar", label: "Dakar", lat: 14.69, lon: -17.45, approximate: false, count: 9 },
  { id: "bamako", label: "Bamako", lat: 12.64, lon: -8.0, approximate: false, count: 12 },
  { id: "kayes", label: "Kayes", lat: 14.45, lon: -11.44, approximate: false, count: 4 },
  { id: "diboli", label: "Diboli", lat: 14.35, lon: -11.6, approximate: true, count: 2 },
  { id: "faleme", label: "Falémé", lat: 13.5, lon: -11.8, approximate: true, count: 3 },
  { id: "cali", label: "Cali", lat: 3.45, lon: -76.53, approximate: false, count: 1 },
];

/** One of the sample places, by id. */
export function samplePoint(id: string): MapPoint {
  const found = POINTS.find((p) => p.id === id);
  if (!found) throw new Error(`no sample place ${id}`);
  return found;
}

export function mapInput(locale: "en" | "fr" = "en", points = POINTS): MapInput {
  return {
    focus: ["SEN", "MLI"],
    points,
    width: 480,
    height: 330,
    locale,
    labels:
      locale === "fr"
        ? { approximate: "Localisation approximative", events: "Événements" }
        : { approximate: "Approximate location", events: "Events" },
  };
}

const PILLARS = ["security", "diplomatic", "economic", "environmental", "humanitarian"];

/** Monthly counts for 2024-05 … 2025-11, with 2024-09 left empty. */
export function monthlyBuckets(): ChartBucket[] {
  const buckets: ChartBucket[] = [];
  for (let i = 0; i < 19; i++) {
    const month = 4 + i;
    const period = `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    if (period === "2024-09") continue;
    PILLARS.forEach((pillar, p) => {
      const count = (i * 7 + p * 3) % 4;
      if (count > 0) buckets.push({ period, pillar, count });
    });
  }
  return buckets;
}

export const PILLAR_LABELS = {
  en: {
    security: "Security",
    diplomatic: "Diplomatic",
    economic: "Economic",
    environmental: "Environmental",
    humanitarian: "Humanitarian",
  },
  fr: {
    security: "Sécurité",
    diplomatic: "Diplomatie",
    economic: "Économie",
    environmental: "Environnement",
    humanitarian: "Humanitaire",
  },
};

export function chartInput(locale: "en" | "fr" = "en", buckets = monthlyBuckets()): ChartInput {
  return {
    buckets,
    pillarLabels: PILLAR_LABELS[locale],
    pillarColours: { ...PILLAR_COLOURS },
    locale: languageModule(locale).chart,
    width: 480,
    height: 200,
  };
}
