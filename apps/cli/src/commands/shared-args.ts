/** The `--data` option every command that reads data takes. */
export const dataArg = {
  data: {
    type: "string",
    description: "Data folder to read",
    valueHint: "dir",
    default: "data/sen-mli",
  },
} as const;
