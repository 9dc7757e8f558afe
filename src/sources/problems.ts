/** What a source says about a file besides its models: it could not be read, or something could not be checked. */

/** A file that could not be read or parsed. The rest of the run goes on. */
export interface FileError {
  file: string;
  message: string;
  /** Where in the file, when the parser said. */
  line?: number;
  column?: number;
}

/**
 * Something isolint could not check (an env file that is not in the checkout, a Dockerfile
 * outside the project root) or should say about a file (a legacy Compose format). A note is
 * never an error: the file is still linted and the exit code is decided by findings alone.
 */
export interface FileNote {
  file: string;
  message: string;
  line?: number;
  column?: number;
}
