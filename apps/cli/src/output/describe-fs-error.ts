/** What a failed file operation means for someone who asked for a file to be written. */
const REASONS: Record<string, string> = {
  ENOENT: "the folder does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "a folder of that name is in the way",
  ENOTDIR: "a file stands where a folder is needed",
  EEXIST: "a file stands where a folder is needed",
  ENOSPC: "the disk is full",
  EROFS: "the file system is read-only",
};

interface FsError {
  code: string;
  syscall?: string;
  path?: string;
}

export function isFsError(error: unknown): error is FsError {
  return (
    error instanceof Error &&
    typeof (error as Partial<FsError>).code === "string" &&
    "syscall" in error
  );
}

/**
 * One line for a file system error: "cannot write out/x.pdf: permission denied". The temporary
 * name used for atomic writes (`x.pdf.123456`) is shown as the file the user asked for.
 */
export function describeFsError(error: FsError): string {
  const path = (error.path ?? "").replace(/\.\d{6,}$/, "");
  const verb =
    error.syscall === "mkdir"
      ? "create the folder"
      : error.syscall === "open" || error.syscall === "rename" || error.syscall === "write"
        ? "write"
        : "use";
  return `cannot ${verb} ${path}: ${REASONS[error.code] ?? error.code}`;
}
