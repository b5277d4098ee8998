import { z } from "zod";

/** A record id: lower-case words joined by hyphens, unique across the whole dataset. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "id-format",
  })
  .max(120)
  .meta({ description: "Record id: lower-case words joined by hyphens, unique in the dataset." });
export type Id = z.infer<typeof IdSchema>;

/** ISO 3166-1 alpha-3 country code, e.g. SEN or MLI. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "country-code" })
  .meta({ description: "ISO 3166-1 alpha-3 country code, e.g. SEN, MLI." });
export type CountryCode = z.infer<typeof CountryCodeSchema>;
