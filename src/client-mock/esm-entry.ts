/** The ES module entry of cloudtrail-import-contract/client-mock: index.js, loaded so that a missing SDK is named (see ../peer.ts). */
import { importWithPeer } from '../peer.js';
import { CLOUDTRAIL_CLIENT_PEER } from './peer.js';

const clientMock = await importWithPeer(() => import('./index.js'), CLOUDTRAIL_CLIENT_PEER);
export const { checkedImportOperation, checkedStartImport, ImportContractError, StartImportContractError, useFakeCloudTrailImports, useLogsImportFake } = clientMock;
