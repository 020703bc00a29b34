import { validDestinationWarnings } from '../../../src/eslint/rules/valid-destination-warnings.js';
import { validDestination } from '../../../src/eslint/rules/valid-destination.js';
import { at, command, DESTINATION, ruleTester, testable } from '../support.js';

const ARN_PREFIX = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/';
const withDestinations = (list: string): string => command({ Destinations: list });

const two = withDestinations(`['${DESTINATION}', '${DESTINATION}']`);
const short = withDestinations("['ab']");
const space = withDestinations(`['${ARN_PREFIX}bad id']`);
const trail = withDestinations("['arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events']");
const chinaRegion = withDestinations("['arn:aws:cloudtrail:cn-north-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']");
const placeholder = withDestinations(`['${ARN_PREFIX}EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE']`);
const notAList = withDestinations(`'${DESTINATION}'`);
const number = withDestinations('[42]');

ruleTester.run('valid-destination', testable(validDestination), {
  valid: [
    command(),
    // A bare event data store ID, as the CLI guide allows.
    withDestinations("['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']"),
    // A placeholder ID is a warning: valid-destination-warnings'.
    placeholder,
    // A list of unknown items, or an unknown item, is not checked.
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const start = (arn: string) => new StartImportCommand({ Destinations: [arn] });\n`,
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const start = (arns: string[]) => new StartImportCommand({ Destinations: [...arns] });\n`,
  ],
  invalid: [
    { code: two, errors: [{ messageId: 'destinations-count', ...at(two, 'Destinations') }] },
    // A destination is reported on the element itself.
    { code: short, errors: [{ messageId: 'destination-length', ...at(short, "'ab'") }] },
    {
      code: space,
      errors: [
        { messageId: 'destination-pattern', ...at(space, "'arn:") },
        { messageId: 'destination-not-event-data-store', ...at(space, "'arn:") },
      ],
    },
    { code: trail, errors: [{ messageId: 'destination-not-event-data-store', ...at(trail, "'arn:") }] },
    { code: chinaRegion, errors: [{ messageId: 'destination-region-invalid', ...at(chinaRegion, "'arn:") }] },
    { code: notAList, errors: [{ messageId: 'type-mismatch', ...at(notAList, 'Destinations') }] },
    { code: number, errors: [{ messageId: 'type-mismatch', ...at(number, '42') }] },
  ],
});

ruleTester.run('valid-destination-warnings', testable(validDestinationWarnings), {
  valid: [command(), withDestinations("['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']"), two],
  invalid: [
    { code: placeholder, errors: [{ messageId: 'destination-id-not-uuid', ...at(placeholder, "'arn:") }] },
    // Beside valid-destination's error on the same element.
    { code: short, errors: [{ messageId: 'destination-id-not-uuid', ...at(short, "'ab'") }] },
  ],
});
