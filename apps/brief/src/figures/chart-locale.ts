import { type Language, labelsFor } from "@bilat/core";
import type { Locale } from "vega";

// d3's en-GB and fr-FR definitions, given to each chart's config rather than set process-wide
// (vega.formatLocale would change every view rendered afterwards). French group separators are
// no-break spaces (U+00A0), as in the rest of the brief: every font carries them. Month names
// come from the labels the rest of the outputs use.
const LOCALES: Record<Language, Locale> = {
  en: {
    number: { decimal: ".", thousands: ",", grouping: [3], currency: ["£", ""] },
    time: {
      dateTime: "%a %e %b %X %Y",
      date: "%d/%m/%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
      shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
      months: labelsFor("en").months,
      shortMonths: [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
      ],
    },
  },
  fr: {
    number: { decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0€"] },
    time: {
      dateTime: "%A %e %B %Y à %X",
      date: "%d/%m/%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
      shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
      months: labelsFor("fr").months,
      shortMonths: [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
      ],
    },
  },
};

/** Number and time formatting rules for vega, per brief language. */
export function chartLocale(language: Language): Locale {
  return LOCALES[language];
}
