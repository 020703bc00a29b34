import { describe, expect, it } from 'vitest';
import { readLogKey } from '../../src/plan/log-key.js';

const A = '111122223333';
const seconds = (iso: string): number => Date.parse(iso) / 1000;

describe('readLogKey', () => {
  it('reads the tree, the folder day and the file-name minute of a trail log', () => {
    expect(readLogKey(`AWSLogs/${A}/CloudTrail/us-east-1/2024/02/29/${A}_CloudTrail_us-east-1_20240229T2359Z_a1B2c3D4e5F6g7H8.json.gz`)).toEqual({
      tree: 'CloudTrail',
      jsonGz: true,
      fileMinute: seconds('2024-02-29T23:59:00Z'),
      folderDay: seconds('2024-02-29T00:00:00Z'),
    });
  });

  it('reads organization trails, bucket prefixes and digest names with seconds', () => {
    const digest = readLogKey(`logs/AWSLogs/o-a1b2c3d4e5/${A}/CloudTrail-Digest/eu-west-1/2024/01/09/${A}_CloudTrail-Digest_eu-west-1_trail_eu-west-1_20240109T110822Z.json.gz`);
    expect(digest).toMatchObject({ tree: 'CloudTrail-Digest', fileMinute: seconds('2024-01-09T11:08:00Z') });
  });

  it('reads a unique part ending in Z without taking it for the timestamp', () => {
    expect(readLogKey(`AWSLogs/${A}/CloudTrail/us-east-1/2024/01/09/${A}_CloudTrail_us-east-1_20240109T1105Z_abcdefghijklmnoZ.json.gz`).fileMinute).toBe(seconds('2024-01-09T11:05:00Z'));
  });

  it.each([
    [`AWSLogs/${A}/CloudTrail/us-east-1/2023/02/29/${A}_CloudTrail_us-east-1_20230229T1105Z_x.json.gz`, 'a 29 February outside a leap year'],
    [`AWSLogs/${A}/CloudTrail/us-east-1/2024/13/01/${A}_CloudTrail_us-east-1_20241301T1105Z_x.json.gz`, 'month 13'],
    [`AWSLogs/${A}/CloudTrail/us-east-1/2024/01/09/${A}_CloudTrail_us-east-1_20240109T2460Z_x.json.gz`, 'minute 60 of hour 24'],
  ])('reads no date from %s (%s)', (key) => {
    const facts = readLogKey(key);
    expect(facts.fileMinute).toBeUndefined();
  });

  it.each([
    ['README.txt'],
    [`xAWSLogs/${A}/CloudTrail/us-east-1/2024/01/09/f.json.gz`],
    [`AWSLogs/12345/CloudTrail/us-east-1/2024/01/09/f.json.gz`],
    [`AWSLogs/o-short/${A}/CloudTrail/us-east-1/2024/01/09/f.json.gz`],
    [`AWSLogs/${A}`],
  ])('finds no tree outside the AWSLogs/[ORG/]ACCOUNT/ layout: %s', (key) => {
    expect(readLogKey(key).tree).toBeUndefined();
  });
});
