/** The name users type; also the SARIF tool name. */
export const TOOL_NAME = 'cloudtrail-import-contract';

/** `--help`. */
export const USAGE = `Usage: ${TOOL_NAME} <command> [options]

Prove that CloudTrail Lake StartImport requests, responses and errors are ones AWS would accept.

Commands:
  check [options] PATH...   check the JSON documents in PATHs
  rules [--format text|json]
                            print the rule catalogue: every code the checks report
  sample [options]          print generated requests, valid or labelled invalid, as JSON lines
                            (needs fast-check, an optional peer dependency)

check options:
  --format text|json|sarif  output: text lines (default), a JSON array with one entry per
                            document, or SARIF 2.1.0 for GitHub code scanning
  --kind request|response|error
                            what the documents are (default request)
  --shape cli|wire          how timestamps are written: cli (default) takes ISO-8601 strings
                            or epoch seconds, wire only epoch-second numbers
  --request FILE            (--kind response) the request the responses answer; also checks
                            that each response echoes it
  --status N                (--kind error) the HTTP status the errors were answered with

sample options:
  --kind new|retry|any      which valid requests: new imports, retries, or both (default any)
  --invalid CODE            print { "request", "expected" } lines instead: requests that break
                            exactly the request check CODE (see 'rules'), labelled with it
  -n N, --count N           how many lines (default 10, at most 100000)
  --seed S                  the fast-check seed: the same seed prints the same lines
  --shape cli|wire          timestamps as ISO-8601 strings (cli, default) or epoch seconds (wire)

PATH is a JSON file, a directory (its *.json files, recursively, skipping node_modules) or -
for stdin. A file holding a JSON array is checked element by element.

Other options:
  -h, --help                print this help
  --version                 print the version

Exit status: 0 when no document has an error (warnings allowed), 1 when one has,
2 for bad usage or a file that cannot be read or parsed. sample exits 0, or 2 for bad usage.
`;

/** The line after a usage error. */
export const USAGE_HINT = `Run '${TOOL_NAME} --help' for usage.`;
