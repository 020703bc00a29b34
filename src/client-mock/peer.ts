/** @aws-sdk/client-cloudtrail, the optional peer of cloudtrail-import-contract/client-mock. Required first by the module that loads it, so the CommonJS build names it when missing. */
import { requirePeer, type OptionalPeer } from '../peer.js';

export const CLOUDTRAIL_CLIENT_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/client-mock', peer: '@aws-sdk/client-cloudtrail' };
requirePeer(CLOUDTRAIL_CLIENT_PEER);
