/**
 * A full export or restore that cannot go ahead, with a message meant for the person running
 * it (the command line prints it as is). The database is left as it was.
 */
export class FullExportRefusal extends Error {
  override readonly name = 'FullExportRefusal';
}
