import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestOption, unknownOption } from '../../src/cli/unknown-option.js';
import { cli, tempDir } from './helpers.js';

const HINT = "Run 'cloudtrail-import-contract --help' for usage.";

describe('nearestOption', () => {
  it('suggests an option one slip away from any option typed', () => {
    const options = ['--request', '--trust', '--permissions', '--bucket-policy', '--kms-policy', '--format'];
    fc.assert(
      fc.property(fc.constantFrom(...options), fc.nat(), fc.constantFrom('drop', 'double', 'swap'), (option, at, slip) => {
        const i = 2 + (at % (option.length - 3));
        const typed =
          slip === 'drop' ? option.slice(0, i) + option.slice(i + 1) : slip === 'double' ? option.slice(0, i) + option.slice(i) : option.slice(0, i) + (option[i + 1] ?? '') + (option[i] ?? '') + option.slice(i + 2);
        expect(nearestOption(typed, options)).toBe(option);
      }),
    );
  });

  it('suggests the name typed in another case, however many letters differ in case', () => {
    expect(nearestOption('GETIMPORT', ['StartImport', 'GetImport', 'ListImports'])).toBe('GetImport');
    expect(nearestOption('--FORMAT', ['--format', '--kind'])).toBe('--format');
  });

  it('suggests the one long option of the initial of a short option no command has (-v is --version), before another letter', () => {
    expect(nearestOption('-v', ['--format', '-n', '--version', '--help'])).toBe('--version');
    expect(nearestOption('-V', ['--format', '-n', '--version'])).toBe('--version');
    // Two long options of that initial: no guess from the initial.
    expect(nearestOption('-f', ['--format', '--fast', '-n'])).toBe('-n');
  });

  it('suggests nothing for a word unlike every option', () => {
    expect(nearestOption('--verbose', ['--format', '--kind'])).toBeUndefined();
    expect(nearestOption('-x', ['--format', '-n'])).toBe('-n');
  });
});

describe('unknownOption', () => {
  it('suggests the nearest option, or lists them all', () => {
    expect(unknownOption('check', '--fromat', ['--format', '--kind'])).toBe("unknown check option '--fromat'; did you mean --format?");
    expect(unknownOption(undefined, '--verbose', ['--format', '--kind'])).toBe("unknown option '--verbose' (options: --format, --kind)");
  });
});

describe('an unknown option on the command line', () => {
  it.each([
    [['check', '--fromat', 'json', 'x.json'], "unknown check option '--fromat'; did you mean --format?"],
    [['--polcy=p.json', 'check', 'x.json'], "unknown check option '--polcy'; did you mean --policy?"],
    [['check', '--no-polciy', 'x.json'], "unknown check option '--no-polciy'; did you mean --no-policy?"],
    [['sample', '--nwo', '2026-01-01'], "unknown sample option '--nwo'; did you mean --now?"],
    [['rules', '--fromat', 'json'], "unknown rules option '--fromat'; did you mean --format?"],
    [['sample', '--sede', '3'], "unknown sample option '--sede'; did you mean --seed?"],
    [['sample', '--cuont', '3'], "unknown sample option '--cuont'; did you mean --count?"],
    [['check-role', '--request', 'r.json', '--trsut', 't.json'], "unknown check-role option '--trsut'; did you mean --trust?"],
    [['check-role', '--request', 'r.json', '--kms-polcy', 'k.json'], "unknown check-role option '--kms-polcy'; did you mean --kms-policy?"],
    [['plan', '--request', 'r.json', '--lisitng', 'l.json'], "unknown plan option '--lisitng'; did you mean --listing?"],
    [['plan', '--request', 'r.json', '--fromat=json'], "unknown plan option '--fromat'; did you mean --format?"],
  ])('exits 2 suggesting the nearest option of the command for %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv, await tempDir());
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });
});
