/** The name users type; also the SARIF tool name. */
export const TOOL_NAME = 'cloudtrail-import-contract';

/** `--help`. */
export const USAGE = `Usage: ${TOOL_NAME} <command> [options]

Prove that CloudTrail Lake import requests, responses and errors (StartImport, GetImport,
ListImports, StopImport, ListImportFailures), and those of the CloudWatch Logs import tasks
that read from Lake (CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches,
CancelImportTask), are ones AWS would accept.

Commands:
  check [options] PATH...   check the JSON documents in PATHs
  check-role --request R --trust T --permissions P [--bucket-policy B] [--kms-policy K]
             [--caller-policy C] [--kms-key-id ARN] [--operation StartImport|CreateImportTask]
             [--format text|json]
                            check the IAM policies of the request's import role the way IAM
                            evaluates them: cloudtrail.amazonaws.com may assume it for the
                            destination, and it may read the bucket, the objects under the
                            prefix and (given a key policy) decrypt them; each is a JSON
                            file, and one of them may be - for stdin. For a CloudWatch Logs
                            CreateImportTask request (told by its importSourceArn, or by
                            --operation): it may read the source event data store and create
                            the managed log group (and, given the store's --kms-key-id or key
                            policy, use the key), and the caller's policy C may pass it
  rules [--format text|json]
                            print the rule catalogue: every code the checks report
  sample [options]          print generated requests, valid or labelled invalid, as JSON lines
                            (needs fast-check, an optional peer dependency)
  plan --request R --listing L [--format text|json]
                            which objects of a bucket listing (aws s3api list-objects-v2
                            JSON, or - for stdin) the new import R would read, and why not
                            the others

check options:
  --format text|json|sarif  output: one text line per violation, FILE:LINE:COLUMN: then the
                            violation (default); a JSON array with one entry per document; or
                            SARIF 2.1.0 for GitHub code scanning, its paths relative to the
                            repository root (the folder above holding .git)
  --kind request|response|error|wire
                            what the documents are (default request); wire: HTTP requests
                            as an endpoint receives them, { "headers", "body" } with the body
                            as text: the wire-* checks, then the body as the input of the
                            operation the X-Amz-Target names (wire shape, paths under /body);
                            in a HAR file, each entry whose X-Amz-Target names an import
                            operation (#INDEX: the entry's); a directory's *.har files too.
                            The answer recorded (a HAR entry's response, a document's
                            "response": { "status", "body" }) is checked as the operation's
                            output (2xx) or error (any other status), under /response
  --service CloudTrail|CloudWatchLogs
                            (--kind wire) the service whose endpoint the requests are sent
                            to, which decides the operations a target may name (default:
                            CloudWatchLogs for a request whose url is a Logs endpoint,
                            else CloudTrail)
  --operation NAME          the operation whose inputs, outputs or errors the documents are:
                            StartImport (default), GetImport, ListImports, StopImport,
                            ListImportFailures, or CloudWatch Logs' CreateImportTask,
                            DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask
                            (an error must be one of its modeled exceptions or a common error)
  --shape cli|wire          how timestamps are written: cli (default) takes ISO-8601 strings
                            or epoch seconds, wire only epoch-second numbers
  --request FILE            (StartImport, --kind response) the request the responses
                            answer; also checks that each response echoes it
  --status N                (--kind error) the HTTP status the errors were answered with
  --policy FILE             (StartImport: --kind request, and the bodies of --kind wire
                            requests to CloudTrail) also check the organisation policy
                            in FILE (schemas/policy.schema.json); by default the nearest
                            cloudtrail-import-policy.json from the working folder upward
  --no-policy               check no organisation policy, not even a discovered one
  --lines                   read every PATH (and stdin) as JSON Lines: each line that is not
                            blank is one document, as sample prints them (a file named
                            *.jsonl or *.ndjson is read so without it); a line that is not
                            JSON is named with its line and the others are still checked
  --now T                   (--kind request and wire) "now" for the checks that read the
                            clock: StartImport's time-range-in-future, CreateImportTask's
                            filter times' retention and future checks (the other operations'
                            read none): an ISO-8601 date-time or epoch seconds (default the
                            system clock)

sample options:
  --operation NAME          whose requests: StartImport (default) or another operation
                            --operation of check names
  --kind new|retry|any      (StartImport) which valid requests: new imports, retries, or both
                            (default any)
  --invalid CODE            print { "request", "expected" } lines instead: requests that break
                            exactly the request check CODE (see 'rules'), labelled with it
  -n N, --count N           how many lines (default 10, at most 100000)
  --seed S                  the fast-check seed: the same seed prints the same lines
  --shape cli|wire          timestamps as ISO-8601 strings (cli, default) or epoch seconds (wire)
  --now T                   "now" for StartImport's invalid requests (time-range-in-future starts
                            at least a day after it): an ISO-8601 date-time or epoch seconds
                            (default the system clock); the same --seed and --now print the
                            same lines

plan options:
  --request FILE            the StartImport request (a new import), JSON in the cli shape
  --listing FILE            list-objects-v2 output: a page, pages one after another, or an
                            array of pages; streamed, so a listing of millions of keys is fine
  --format text|json        totals, restores, skipped objects by reason with examples and the
                            assumptions as text (default), or the plan as JSON; exits 2 naming
                            the file for a request that is not a valid new import or a bad listing

PATH is a JSON file, a JSON Lines file (*.jsonl, *.ndjson), a directory (its *.json files,
recursively, skipping node_modules and cloudtrail-import-policy.json) or - for stdin. A file
holding a JSON array is checked element by element.

Other options:
  -h, --help                print this help
  --version                 print the version

Exit status: 0 when no document has an error (warnings allowed), 1 when one has,
2 for bad usage or a file that cannot be read or parsed. sample exits 0, or 2 for bad usage.
`;

/** The line after a usage error. */
export const USAGE_HINT = `Run '${TOOL_NAME} --help' for usage.`;
