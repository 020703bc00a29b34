import 'cloudtrail-import-contract/jest';
