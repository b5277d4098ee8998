/** The `--data` option every command that reads data takes. */
export const dataArg = {
  data: {
    type: "string",
    description: "A dataset's folder, or a folder of datasets (each subfolder with a dataset.yaml)",
    valueHint: "dir",
    default: "data",
  },
} as const;

/** `--no-cache`, for every command that reads data: parse every file instead of reusing them. */
export const cacheArg = {
  cache: {
    type: "boolean",
    default: true,
    description:
      "Reuse the files earlier runs parsed, kept in node_modules/.cache/bilat (--no-cache: parse every file)",
  },
} as const;
